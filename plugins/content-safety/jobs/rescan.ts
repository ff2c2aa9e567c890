// 内容巡检: when the dictionary changes, everything already published is checked again with it, and what
// the new dictionary finds that the last round did not is reported (collection `safety-scans`, and a notice
// for block- and review-level findings). A round is due every minute (HAIQIAO_RESCAN_SECONDS); a round runs
// only when the dictionary's version differs from the last round's, or when someone asked for one in the
// admin (a queued round), so an import of a thousand entries causes one round, and nothing is missed
// across restarts. Findings an editor accepted on a document are not reported again. The round runs on
// the jobs queue (rescanTasks, queue `safety`).
import { createLocalReq, type CollectionConfig, type Payload, type PayloadRequest } from 'payload'
import { documentTitle } from '../../../cms/lib/documentTitle.ts'
import { recurringTask } from '../../../cms/lib/jobs/recurring.ts'
import { secondsFromEnv, type HaiqiaoTask } from '../../../cms/lib/jobs/types.ts'
import { collectionLabel } from '../../../cms/lib/label.ts'
import type { CompiledDictionary } from '../engine/index.ts'
import { LEVEL_RANK } from '../engine/terms.ts'
import type { ResolvedOptions, ScanFinding, ScanReport } from '../types.ts'
import { attachmentTexts } from '../utilities/attachments.ts'
import { currentChecker } from '../utilities/dictionary.ts'
import {
  acceptances,
  findingsOf,
  markAccepted,
  type DocumentFinding,
} from '../utilities/document.ts'
import {
  failInterruptedScans,
  failScan,
  finishScan,
  latestScan,
  startScan,
  type RoundResult,
} from '../utilities/scans.ts'

/** How many findings a report keeps in full (all of them are counted and compared). */
const KEPT = 2000
const BATCH = 100

/** The plugin's options, as the factory left them in the config (a round runs outside any request). */
const optionsOf = (payload: Payload) =>
  (payload.config.custom as { contentSafety?: ResolvedOptions } | undefined)?.contentSafety

/** A finding's identity across rounds: collection, document, field and the finding's key. */
const identity = (collection: string, id: string, finding: DocumentFinding) =>
  `${collection}/${id}/${finding.field}/${finding.key}`

type CheckedDocument = { id: string; title: string; findings: DocumentFinding[] }

/** Every published document of one collection, checked with the round's checker; accepted findings left out. */
async function* publishedFindings(
  req: PayloadRequest,
  config: CollectionConfig,
  checker: CompiledDictionary,
): AsyncGenerator<CheckedDocument> {
  const accepted = await acceptances(req, config.slug)
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: config.slug as 'articles',
      where: { _status: { equals: 'published' } },
      sort: 'createdAt',
      page,
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs as unknown as Record<string, unknown>[]) {
      const id = String(doc.id)
      const findings = markAccepted(
        findingsOf(checker, config.fields, doc, await attachmentTexts(req, config.fields, doc)),
        accepted.get(id),
      )
      yield {
        id,
        title: documentTitle(doc, config.admin?.useAsTitle ?? 'id'),
        findings: findings.filter((finding) => !finding.accepted),
      }
    }
    if (!result.hasNextPage) return
  }
}

/** A document's finding as a report lists it. */
const reported = (
  where: { collection: string; collectionLabel: string },
  doc: CheckedDocument,
  finding: DocumentFinding,
  isNew: boolean,
): ScanFinding => {
  const { field, fieldLabel, rule, level, found, suggestion, offset, text, message } = finding
  return {
    ...where,
    id: doc.id,
    title: doc.title,
    ...{ field, fieldLabel, rule, level, found, suggestion, offset, text, message },
    isNew,
  }
}

/** Checks everything published in the plugin's collections; `before`: the last round's finding identities. */
async function scanPublished(
  req: PayloadRequest,
  collections: string[],
  checker: CompiledDictionary,
  before: Set<string>,
): Promise<RoundResult> {
  const result: RoundResult = {
    documents: 0,
    keys: [],
    findings: [],
    newFindings: 0,
    counts: { block: 0, review: 0, notice: 0 },
  }
  for (const slug of collections) {
    const config = req.payload.collections[slug as 'articles'].config
    const where = { collection: slug, collectionLabel: collectionLabel(config) }
    for await (const doc of publishedFindings(req, config, checker)) {
      result.documents++
      for (const finding of doc.findings) {
        const key = identity(slug, doc.id, finding)
        result.keys.push(key)
        const isNew = !before.has(key)
        if (isNew) result.newFindings++
        result.counts[finding.level]++
        if (result.findings.length < KEPT)
          result.findings.push(reported(where, doc, finding, isNew))
      }
    }
  }
  // New findings first, then by level: what the report is for.
  result.findings.sort(
    (a, b) => Number(b.isNew) - Number(a.isNew) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level],
  )
  return result
}

/**
 * Runs one round if one is due (queued in the admin, or the dictionary changed since the last round) and
 * returns its report; `null` when nothing was due.
 */
export async function runRescan(payload: Payload): Promise<ScanReport | null> {
  const options = optionsOf(payload)
  if (!options) throw new Error('content-safety 插件未启用')
  const req = await createLocalReq({}, payload)
  await failInterruptedScans(payload)
  const { checker, version } = await currentChecker(req)
  const queued = await latestScan(payload, { status: { equals: 'queued' } })
  const previous = await latestScan(payload, { status: { equals: 'done' } })
  if (!queued && previous?.dictionaryVersion === version) return null
  const scanId = await startScan(payload, queued, version)
  try {
    const before = new Set(previous?.keys ?? [])
    const result = await scanPublished(req, options.collections, checker, before)
    await finishScan(payload, scanId, result)
    const { documents, findings, keys, newFindings } = result
    const trigger = queued?.trigger ?? 'dictionary'
    const total = keys.length
    const report: ScanReport = {
      id: scanId,
      trigger,
      version,
      documents,
      findings,
      total,
      newFindings,
    }
    const urgent = findings.filter((finding) => finding.isNew && finding.level !== 'notice')
    if (urgent.length && options.onNewFindings)
      await options.onNewFindings(req, { ...report, findings: urgent })
    return report
  } catch (error) {
    await failScan(payload, scanId, error)
    throw error
  }
}

/** The round on the jobs queue (queue `safety`), every HAIQIAO_RESCAN_SECONDS (default 60). */
export const rescanTasks: HaiqiaoTask[] = [
  recurringTask({
    slug: 'safety-rescan',
    label: '内容巡检',
    queue: 'safety',
    everyMs: () => secondsFromEnv('HAIQIAO_RESCAN_SECONDS', 60),
    failure: '内容巡检出错',
    run: async (req, log) => {
      const report = await runRescan(req.payload)
      if (report)
        log(
          `内容巡检：检查已发布内容 ${report.documents} 篇，发现 ${report.total} 处问题，其中新增 ${report.newFindings} 处`,
        )
    },
  }),
]
