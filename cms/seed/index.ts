// Deterministic demo content: the same sizes, seed number and anchor date always produce the same content.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { auditChange } from '../lib/audit/writeAudit.ts'
import { inTransaction } from '../lib/db/sql.ts'
import { refreshPlannerStatistics } from '../lib/db/statistics.ts'
import type { SeedContext, SeedSizes } from './context.ts'
import { createArticles, createAttachments } from './create/articles.ts'
import { createCountries } from './create/countries.ts'
import { createServices } from './create/services.ts'
import { createStaff } from './create/staff.ts'
import { createTaxonomy } from './create/taxonomy.ts'
import { createRandom } from './random.ts'
import { MATTERS } from './services.ts'
import { ensureDefaultWorkflows } from './workflows.ts'
import { SYSTEM_WRITE } from '../../plugins/review-workflow/index.ts'
import { ensureStarterDictionary } from '../../plugins/content-safety/index.ts'

export type { SeedSizes }

export const DEFAULT_SIZES: SeedSizes = {
  articles: 320,
  riskAlerts: 36,
  trainings: 36,
  serviceGuides: MATTERS.length,
  providers: 40,
  financeProducts: 24,
  projects: 40,
}

export type SeedOptions = {
  sizes?: Partial<SeedSizes>
  /** Date that relative dates (alert validity, training times) are computed from. */
  anchor?: Date
  seed?: number
  /** Password for each demo account; accounts are skipped when absent. */
  passwordFor?: (email: string) => string
  log?: (line: string) => void
}

/** Seeds in one transaction (a failure leaves the database as it was), then gathers planner statistics. */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<void> {
  const req = await createLocalReq({}, payload)
  // The launcher builds the portal once after seeding; thousands of per-document requests would only queue.
  req.context.skipSiteBuild = true
  // One audit record for the whole seed instead of one per generated document.
  req.context.skipAudit = true
  // Demo content is created already published, as if it had passed review: a system write, no user.
  req.context[SYSTEM_WRITE] = true
  await inTransaction(req, async () => {
    await seedContent(payload, req, options)
    await auditChange(req, {
      event: 'system.seed',
      result: 'success',
      reason: `演示内容：文章 ${options.sizes?.articles ?? DEFAULT_SIZES.articles} 篇`,
    })
  })
  // A bulk load: without statistics the planner would read every stored document for each list request.
  await refreshPlannerStatistics(payload)
}

/** The parts of the demo, in a fixed order (the random source is drawn from in this order). */
async function seedContent(
  payload: Payload,
  req: PayloadRequest,
  options: SeedOptions,
): Promise<void> {
  const anchor = options.anchor ?? new Date(new Date().toISOString().slice(0, 10))
  const context: SeedContext = {
    payload,
    req,
    r: createRandom(options.seed ?? 20261123),
    anchor,
    year: anchor.getUTCFullYear(),
    sizes: { ...DEFAULT_SIZES, ...options.sizes },
    log: options.log ?? (() => {}),
  }
  await ensureDefaultWorkflows(payload, req)
  context.log(`内容安全起步词库 ${await ensureStarterDictionary(payload, req)} 条`)
  if (options.passwordFor) await createStaff(context, options.passwordFor)
  const taxonomy = await createTaxonomy(context)
  const countryIds = await createCountries(context)
  const attachmentIds = await createAttachments(context)
  await createArticles(context, taxonomy, countryIds, attachmentIds)
  await createServices(context, countryIds, taxonomy.tagIds)
}
