// Deterministic demo content: the same sizes, seed number and anchor date always produce the same content.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../lib/db/sql.ts'
import { DEMO_ACCOUNTS } from './accounts.ts'
import { generateArticle } from './articles.ts'
import { COLUMNS, leafSlugs, type ColumnSeed } from './columns.ts'
import { COUNTRIES } from './countries.ts'
import { richText } from './lexical.ts'
import { countryProfile } from './profiles.ts'
import { auditChange } from '../lib/audit/writeAudit.ts'
import { ATTACHMENTS, demoPdf } from './attachments.ts'
import { createRandom } from './random.ts'
import { riskAlert } from './riskAlerts.ts'
import { MATTERS, financeProduct, project, provider, serviceGuide, training } from './services.ts'
import { ensureDefaultWorkflows } from './workflows.ts'
import { SYSTEM_WRITE } from '../../plugins/review-workflow/index.ts'
import { ensureStarterDictionary } from '../../plugins/content-safety/index.ts'

export type SeedSizes = {
  articles: number
  riskAlerts: number
  trainings: number
  serviceGuides: number
  providers: number
  financeProducts: number
  projects: number
}

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

const TAGS = [
  'RCEP',
  '境外投资',
  '跨境电商',
  '合规经营',
  '知识产权',
  '数字贸易',
  '绿色发展',
  '东盟',
  '中东',
  '欧盟',
  '非洲',
  '拉美',
  '出口信保',
  '海外仓',
  '人民币国际化',
]
const TOPICS = [
  {
    slug: 'rcep',
    title: 'RCEP 专题',
    summary: '区域全面经济伙伴关系协定规则解读、实务指引与企业案例。',
  },
  {
    slug: 'belt-and-road-10',
    title: '共建“一带一路”高质量发展',
    summary: '共建“一带一路”合作成果与企业参与机会。',
  },
  {
    slug: 'compliance',
    title: '境外合规经营',
    summary: '境外投资经营中的法律、税务、数据与劳工合规。',
  },
  { slug: 'digital-trade', title: '数字贸易', summary: '数字贸易规则、平台与市场机会。' },
]

const PUBLISHED = { _status: 'published' as const }

/** Sequential on purpose: everything runs on the seed transaction's single connection. */
async function each<T>(items: T[], work: (item: T, index: number) => Promise<unknown>) {
  for (const [index, item] of items.entries()) await work(item, index)
}

/** Seeds in one transaction: a failure leaves the database as it was. */
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
}

async function seedContent(
  payload: Payload,
  req: PayloadRequest,
  options: SeedOptions,
): Promise<void> {
  const sizes = { ...DEFAULT_SIZES, ...options.sizes }
  const anchor = options.anchor ?? new Date(new Date().toISOString().slice(0, 10))
  const r = createRandom(options.seed ?? 20261123)
  const log = options.log ?? (() => {})
  const year = anchor.getUTCFullYear()
  const DAY = 86_400_000

  await ensureDefaultWorkflows(payload, req)
  log(`内容安全起步词库 ${await ensureStarterDictionary(payload, req)} 条`)

  if (options.passwordFor) {
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      await payload.create({
        req,
        collection: 'users',
        data: {
          email: account.email,
          name: account.name,
          department: account.department,
          roles: [account.role],
          password: options.passwordFor(account.email),
          phone: `1390000${String(1001 + i)}`,
        },
      })
    }
    log(`演示账号 ${DEMO_ACCOUNTS.length} 个`)
  }

  const columnIds = new Map<string, string>()
  const createColumns = async (columns: ColumnSeed[], parent?: string) => {
    for (const [order, column] of columns.entries()) {
      const doc = await payload.create({
        req,
        collection: 'columns',
        data: {
          title: column.title,
          slug: column.slug,
          description: column.description,
          parent,
          order,
        },
      })
      columnIds.set(column.slug, doc.id)
      if (column.children) await createColumns(column.children, doc.id)
    }
  }
  await createColumns(COLUMNS)

  const tagIds: string[] = []
  await each(TAGS, async (name, i) => {
    tagIds.push(
      (
        await payload.create({
          req,
          collection: 'tags',
          data: { name, group: i < 7 ? '主题' : '区域', status: 'enabled' },
        })
      ).id,
    )
  })
  const topicIds: string[] = []
  await each(TOPICS, async (topic) => {
    topicIds.push(
      (
        await payload.create({
          req,
          collection: 'topics',
          data: { ...topic, ...PUBLISHED, body: richText([topic.summary]) },
        })
      ).id,
    )
  })
  log(`栏目 ${columnIds.size} 个，标签 ${tagIds.length} 个，专题 ${topicIds.length} 个`)

  const countryIds: string[] = []
  for (const country of COUNTRIES) {
    const doc = await payload.create({
      req,
      collection: 'countries',
      data: {
        ...PUBLISHED,
        name: country.name,
        nameEn: country.nameEn,
        isoCode: country.iso,
        region: country.region,
        beltAndRoad: country.beltAndRoad,
        capital: { name: country.capital, lat: country.lat, lng: country.lng },
        summary: `${country.name}位于${country.capital}一带，是中资企业${country.beltAndRoad ? '参与共建“一带一路”' : '开展经贸合作'}的重要目的地。`,
        investmentEnvironment: richText([
          {
            heading: '宏观经济',
            text: `${country.name}经济总量约 ${country.gdp} 亿美元（演示数据），经济结构持续优化。`,
          },
          {
            heading: '外资政策',
            text: '对外资总体持欢迎态度，在制造业、基础设施和数字经济等领域提供税收优惠。',
          },
        ]),
        servicePoints: r.chance(0.6)
          ? [
              {
                name: `海桥${country.name}服务站`,
                address: `${country.capital}商务区`,
                contact: '通过平台在线咨询联系',
                lat: country.lat,
                lng: country.lng,
              },
            ]
          : [],
      },
    })
    countryIds.push(doc.id)
    await payload.create({
      req,
      collection: 'country-profiles',
      data: { ...PUBLISHED, ...countryProfile(r, country, year - 1), country: doc.id },
    })
  }
  log(`国家/地区 ${countryIds.length} 个（含数字专栏）`)

  const attachmentIds: string[] = []
  for (const file of ATTACHMENTS) {
    const data = demoPdf(`Haiqiao demo attachment: ${file.name}`)
    attachmentIds.push(
      (
        await payload.create({
          req,
          collection: 'media',
          data: { alt: file.alt },
          file: { data, mimetype: 'application/pdf', name: file.name, size: data.length },
        })
      ).id,
    )
  }

  const leaves = leafSlugs()
  await each(Array.from({ length: sizes.articles }), async (_, i) => {
    const column = leaves[i % leaves.length]!
    const countryIndex = r.int(0, COUNTRIES.length - 1)
    const article = generateArticle(r, column, COUNTRIES[countryIndex]!, year)
    await payload.create({
      req,
      collection: 'articles',
      data: {
        ...article,
        ...PUBLISHED,
        column: columnIds.get(column)!,
        publishedAt: new Date(anchor.getTime() - i * 0.37 * DAY).toISOString(),
        tags: r.some(tagIds, 1, 3),
        topics: r.chance(0.2) ? [r.pick(topicIds)] : [],
        countries: [countryIds[countryIndex]!],
        attachments:
          column === 'policy' && i % 4 === 0
            ? [attachmentIds[(i / 4) % attachmentIds.length]!]
            : [],
      },
    })
  })
  log(`文章 ${sizes.articles} 篇`)

  await each(Array.from({ length: sizes.riskAlerts }), async (_, i) => {
    const countryIndex = r.int(0, COUNTRIES.length - 1)
    await payload.create({
      req,
      collection: 'risk-alerts',
      data: {
        ...riskAlert(r, i, COUNTRIES[countryIndex]!, anchor),
        ...PUBLISHED,
        countries: [countryIds[countryIndex]!],
      },
    })
  })
  const trainingIds: string[] = []
  await each(Array.from({ length: sizes.trainings }), async (_, i) => {
    const doc = await payload.create({
      req,
      collection: 'trainings',
      data: { ...training(r, i, anchor), ...PUBLISHED },
    })
    trainingIds[i] = doc.id
  })
  await each(trainingIds.slice(0, 12), (trainingId, i) =>
    payload.create({
      req,
      collection: 'courseware',
      data: {
        ...PUBLISHED,
        title: `第${i + 1}期课程讲义`,
        training: trainingId,
        format: i % 2 ? 'document' : 'video',
        durationMinutes: 45 + i * 5,
        speaker: r.pick(['张教授', '李律师', '王会计师', '刘处长']),
      },
    }),
  )
  await each(Array.from({ length: sizes.serviceGuides }), (_, i) =>
    payload.create({
      req,
      collection: 'service-guides',
      data: { ...serviceGuide(r, i), ...PUBLISHED },
    }),
  )
  await each(Array.from({ length: sizes.providers }), (_, i) =>
    payload.create({
      req,
      collection: 'providers',
      data: { ...provider(r, i), ...PUBLISHED, countries: r.some(countryIds, 1, 4) },
    }),
  )
  await each(Array.from({ length: sizes.financeProducts }), (_, i) =>
    payload.create({
      req,
      collection: 'finance-products',
      data: { ...financeProduct(r, i), ...PUBLISHED },
    }),
  )
  await each(Array.from({ length: sizes.projects }), (_, i) =>
    payload.create({
      req,
      collection: 'projects',
      data: {
        ...project(r, i, anchor),
        ...PUBLISHED,
        countries: r.some(countryIds, 1, 2),
        tags: r.some(tagIds, 1, 2),
        publishedAt: new Date(anchor.getTime() - i * DAY).toISOString(),
      },
    }),
  )
  log(
    `风险提示 ${sizes.riskAlerts} 条，培训 ${sizes.trainings} 场，办事指南 ${sizes.serviceGuides} 项，服务机构 ${sizes.providers} 家，金融产品 ${sizes.financeProducts} 个，对接项目 ${sizes.projects} 个`,
  )
}
