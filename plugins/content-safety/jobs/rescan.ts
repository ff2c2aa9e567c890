// 内容巡检: when the dictionary changes, everything already published is checked again with it, and what
// the new dictionary finds that the last round did not is reported (collection `safety-scans`, and a notice
// for block- and review-level findings). A round is due every minute (HAIQIAO_RESCAN_SECONDS); a round runs
// only when the dictionary's version differs from the last round's, or when someone asked for one in the
// admin (a queued round), so an import of a thousand entries causes one round, and nothing is missed
// across restarts. Findings an editor accepted on a document are not reported again. The round runs on
// the jobs queue (rescanTasks, queue `safety`).
import {
  createLocalReq,
  type CollectionConfig,
  type Endpoint,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { recurringTask } from '../../../cms/lib/jobs/recurring.ts'
import { secondsFromEnv, type HaiqiaoTask } from '../../../cms/lib/jobs/types.ts'
import { documentTitle } from '../../../cms/lib/documentTitle.ts'
import { collectionLabel } from '../../../cms/lib/label.ts'
import { problem } from '../../../cms/lib/http/problem.ts'
import { cutText } from '../../../contracts/text/index.ts'
import { formatBeijingTime } from '../../../contracts/beijingTime.ts'
import { NOT_AN_ACCOUNT, nobody } from '../../../cms/lib/access.ts'
import { currentChecker } from '../utilities/dictionary.ts'
import type { Checker } from '../engine/checker.ts'
import { attachmentTexts } from '../utilities/attachments.ts'
import {
  acceptances,
  findingsOf,
  markAccepted,
  type DocumentFinding,
} from '../utilities/document.ts'
import type { ResolvedOptions, ScanFinding, ScanReport } from '../types.ts'
import { LEVEL_RANK } from '../engine/terms.ts'

export const SCANS = 'safety-scans'

/** How many findings a report keeps in full (all of them are counted and compared). */
const KEPT = 2000
const BATCH = 100

type ScanRow = {
  id: string
  status: 'queued' | 'running' | 'done' | 'failed'
  dictionaryVersion?: string | null
  keys?: string[] | null
  trigger: 'dictionary' | 'manual'
}

export const optionsOf = (payload: Payload) =>
  (payload.config.custom as { contentSafety?: ResolvedOptions } | undefined)?.contentSafety

const identity = (collection: string, id: string, finding: DocumentFinding) =>
  `${collection}/${id}/${finding.field}/${finding.key}`

async function latest(
  payload: Payload,
  where: Record<string, unknown>,
): Promise<ScanRow | undefined> {
  const { docs } = await payload.find({
    collection: SCANS as 'safety-scans',
    where: where as never,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs[0] as unknown as ScanRow | undefined
}

/** Every published document of one collection, checked with the round's checker; accepted findings left out. */
async function* publishedFindings(
  req: PayloadRequest,
  config: CollectionConfig,
  checker: Checker,
): AsyncGenerator<{ id: string; title: string; findings: DocumentFinding[] }> {
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

/**
 * Runs one round if one is due (queued in the admin, or the dictionary changed since the last round) and
 * returns its report; `null` when nothing was due.
 */
export async function runRescan(payload: Payload): Promise<ScanReport | null> {
  const options = optionsOf(payload)
  if (!options) throw new Error('content-safety 插件未启用')
  const req = await createLocalReq({}, payload)
  // Rounds run one at a time (one job of the queue `safety` at a time): one still marked running was cut off.
  await payload.update({
    collection: SCANS as 'safety-scans',
    where: { status: { equals: 'running' } },
    overrideAccess: true,
    data: {
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: '巡检进程中断，未完成',
    } as never,
  })
  const { checker, version } = await currentChecker(req)
  const queued = await latest(payload, { status: { equals: 'queued' } })
  const previous = await latest(payload, { status: { equals: 'done' } })
  if (!queued && previous?.dictionaryVersion === version) return null
  const started = new Date().toISOString()
  const scan = queued
    ? await payload.update({
        collection: SCANS as 'safety-scans',
        id: queued.id,
        data: { status: 'running', dictionaryVersion: version, startedAt: started } as never,
        overrideAccess: true,
      })
    : await payload.create({
        collection: SCANS as 'safety-scans',
        data: {
          status: 'running',
          trigger: 'dictionary',
          dictionaryVersion: version,
          startedAt: started,
        } as never,
        overrideAccess: true,
      })
  const scanId = String(scan.id)
  try {
    const before = new Set(previous?.keys ?? [])
    const keys: string[] = []
    const findings: ScanFinding[] = []
    const counts = { block: 0, review: 0, notice: 0 }
    let documents = 0
    let newFindings = 0
    for (const slug of options.collections) {
      const config = payload.collections[slug as 'articles'].config
      const collectionName = collectionLabel(config)
      for await (const doc of publishedFindings(req, config, checker)) {
        documents++
        for (const finding of doc.findings) {
          const key = identity(slug, doc.id, finding)
          keys.push(key)
          const isNew = !before.has(key)
          if (isNew) newFindings++
          counts[finding.level]++
          if (findings.length < KEPT) {
            const { field, fieldLabel, kind, level, found, suggestion, offset, text, message } =
              finding
            findings.push({
              collection: slug,
              collectionLabel: collectionName,
              id: doc.id,
              title: doc.title,
              field,
              fieldLabel,
              kind,
              level,
              found,
              suggestion,
              offset,
              text,
              message,
              isNew,
            })
          }
        }
      }
    }
    // New findings first, then by level: what the report is for.
    findings.sort(
      (a, b) => Number(b.isNew) - Number(a.isNew) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level],
    )
    await payload.update({
      collection: SCANS as 'safety-scans',
      id: scanId,
      overrideAccess: true,
      data: {
        status: 'done',
        finishedAt: new Date().toISOString(),
        documents,
        total: keys.length,
        newFindings,
        blockCount: counts.block,
        reviewCount: counts.review,
        noticeCount: counts.notice,
        findings,
        keys,
      } as never,
    })
    const report: ScanReport = {
      id: scanId,
      trigger: queued?.trigger ?? 'dictionary',
      version,
      documents,
      findings,
      total: keys.length,
      newFindings,
    }
    const urgent = findings.filter((finding) => finding.isNew && finding.level !== 'notice')
    if (urgent.length && options.onNewFindings)
      await options.onNewFindings(req, { ...report, findings: urgent })
    return report
  } catch (error) {
    await payload.update({
      collection: SCANS as 'safety-scans',
      id: scanId,
      overrideAccess: true,
      data: {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        error: cutText(error instanceof Error ? error.message : String(error), 500),
      } as never,
    })
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

/** The reports: written only by the rounds; read by whoever may read the dictionary. */
export function scansCollection(options: ResolvedOptions): CollectionConfig {
  const count = (name: string, zh: string, en: string) => ({
    name,
    type: 'number' as const,
    label: { zh, en },
    admin: { readOnly: true },
  })
  return {
    slug: SCANS,
    labels: {
      singular: { zh: '巡检报告', en: 'Rescan report' },
      plural: { zh: '内容巡检', en: 'Content rescans' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'trigger',
        'status',
        'documents',
        'total',
        'newFindings',
        'blockCount',
        'reviewCount',
      ],
      description: {
        zh: '词库变更后，系统用新词库重新检查全部已发布内容，报告新发现的问题；新增“禁止”“审核”级别的问题会通知相关人员。也可以点击“立即巡检”。',
        en: 'Published content checked again after each dictionary change.',
      },
      components: { beforeList: ['/../plugins/content-safety/components/RescanNow.tsx#RescanNow'] },
    },
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    hooks: {
      beforeChange: [
        ({ data, operation }) => {
          if (operation === 'create')
            data.title = `内容巡检 ${formatBeijingTime(new Date(), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}（北京时间）`
          return data
        },
      ],
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { zh: '巡检', en: 'Rescan' },
        admin: { readOnly: true, hidden: true },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        label: { zh: '状态', en: 'Status' },
        admin: { readOnly: true, position: 'sidebar' },
        options: [
          { value: 'queued', label: { zh: '等待执行', en: 'Queued' } },
          { value: 'running', label: { zh: '正在检查', en: 'Running' } },
          { value: 'done', label: { zh: '已完成', en: 'Done' } },
          { value: 'failed', label: { zh: '失败', en: 'Failed' } },
        ],
      },
      {
        name: 'trigger',
        type: 'select',
        required: true,
        defaultValue: 'dictionary',
        label: { zh: '原因', en: 'Trigger' },
        admin: { readOnly: true, position: 'sidebar' },
        options: [
          { value: 'dictionary', label: { zh: '词库变更', en: 'Dictionary changed' } },
          { value: 'manual', label: { zh: '手动发起', en: 'Requested' } },
        ],
      },
      {
        name: 'requestedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { zh: '发起人', en: 'Requested by' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.requestedBy),
        },
      },
      {
        name: 'startedAt',
        type: 'date',
        label: { zh: '开始时间', en: 'Started' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' },
        },
      },
      {
        name: 'finishedAt',
        type: 'date',
        label: { zh: '完成时间', en: 'Finished' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' },
        },
      },
      {
        name: 'dictionaryVersion',
        type: 'text',
        label: { zh: '词库版本', en: 'Dictionary version' },
        admin: {
          readOnly: true,
          position: 'sidebar',
          description: { zh: '词条数:最后修改时间', en: 'entries:last change' },
        },
      },
      {
        type: 'row',
        fields: [
          count('documents', '检查文档数', 'Documents'),
          count('total', '问题总数', 'Findings'),
          count('newFindings', '新增问题', 'New findings'),
          count('blockCount', '禁止级', 'Block'),
          count('reviewCount', '审核级', 'Review'),
          count('noticeCount', '提示级', 'Notice'),
        ],
      },
      {
        name: 'error',
        type: 'text',
        label: { zh: '错误', en: 'Error' },
        admin: { readOnly: true, condition: (data) => Boolean(data?.error) },
      },
      { name: 'findings', type: 'json', admin: { hidden: true } },
      { name: 'keys', type: 'json', hidden: true },
      {
        name: 'report',
        type: 'ui',
        label: { zh: '发现的问题', en: 'Findings' },
        admin: {
          components: {
            Field: '/../plugins/content-safety/components/ScanFindings.tsx#ScanFindings',
          },
        },
      },
    ],
  }
}

/** POST /api/content-safety/rescan — whoever may manage the dictionary asks for a round now (run by the job runner). */
export function rescanEndpoint(options: ResolvedOptions): Endpoint {
  return {
    path: '/content-safety/rescan',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthenticated', '请先登录')
      if ((await options.manage({ req })) === false)
        return problem(403, 'forbidden', '只有词库管理人员可以发起内容巡检')
      const pending = await latest(req.payload, { status: { in: ['queued', 'running'] } })
      if (pending)
        return problem(
          409,
          'already_queued',
          pending.status === 'running'
            ? '内容巡检正在进行，请稍后查看报告'
            : '已有一次内容巡检在等待执行',
        )
      const scan = await req.payload.create({
        collection: SCANS as 'safety-scans',
        data: { status: 'queued', trigger: 'manual', requestedBy: req.user.id } as never,
        req,
        overrideAccess: true,
      })
      return Response.json(
        {
          id: scan.id,
          status: 'queued',
          message: '已安排内容巡检，约一分钟内开始；完成后可在“内容巡检”中查看报告',
        },
        { status: 202 },
      )
    },
  }
}
