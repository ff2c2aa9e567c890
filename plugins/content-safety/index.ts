// Content-safety plugin (modules 23, 24): dictionaries managed in the CMS and a check of any text against
// them. This first part has the sensitive-word dictionary (words with category, level and replacement, and
// allow-list entries) and POST /api/content-safety/check; the matcher (matcher.ts) is rebuilt when the
// dictionary changes.
//
//   plugins: [contentSafety({ manage: ({ req }) => ..., read: ({ req }) => ... })]
import type { Access, CollectionConfig, Config, Endpoint, Field, PayloadRequest, Plugin } from 'payload'
import { z } from 'zod'
import { problem, readJson } from '../../cms/lib/http/problem.ts'
import { DEFAULT_LEVEL, type EntryKind } from './checker.ts'
import { currentChecker, WORDS } from './dictionary.ts'
import { ACCEPTANCES, acceptable, checkDocument, findingKey } from './document.ts'
import { transferEndpoints } from './transfer.ts'

export type ContentSafetyOptions = {
  /** Collections whose editors see the check inline (a panel, and findings under each text field). */
  collections?: string[]
  /** Who may change the dictionaries. */
  manage: Access
  /** Who may read the dictionaries and use the check endpoint (default: any signed-in user). */
  read?: Access
  /** Applied to the plugin's collections (e.g. to audit changes). */
  wrapCollection?: (collection: CollectionConfig) => CollectionConfig
  group?: { zh: string; en: string }
}

const LEVELS = [
  { value: 'block', label: { zh: '禁止（阻止发布）', en: 'Block' } },
  { value: 'review', label: { zh: '审核（须审核人确认）', en: 'Review' } },
  { value: 'notice', label: { zh: '提示', en: 'Notice' } },
]

const MAX_TEXT = 1_000_000
const checkInput = z.object({
  text: z.string({ error: '请提供要检查的文本 text' }).max(MAX_TEXT, `文本不能超过 ${MAX_TEXT} 个字符`),
  context: z.number().int().min(0).max(100).optional(),
})

const KINDS = [
  { value: 'word', label: { zh: '敏感词', en: 'Sensitive word' } },
  { value: 'typo', label: { zh: '错别字（错误写法 → 正确写法）', en: 'Typo (wrong → right)' } },
  { value: 'protected', label: { zh: '保护词（国名、机构名、领导人姓名职务、固定表述；近似写法一律禁止）', en: 'Protected term' } },
  { value: 'outdated', label: { zh: '过时表述（→ 现行表述）', en: 'Outdated formulation' } },
  { value: 'retired', label: { zh: '已不在任人员', en: 'No longer in office' } },
  { value: 'allow', label: { zh: '白名单（不报告其中包含的词）', en: 'Allow-list' } },
]

function wordsCollection(options: ContentSafetyOptions): CollectionConfig {
  const signedIn: Access = ({ req: { user } }) => Boolean(user)
  const when = (...kinds: EntryKind[]) => (data: Partial<{ kind: EntryKind }> | undefined) => kinds.includes(data?.kind ?? 'word')
  return {
    slug: WORDS,
    labels: { singular: { zh: '词条', en: 'Entry' }, plural: { zh: '内容安全词库', en: 'Content-safety dictionary' } },
    admin: {
      group: options.group,
      useAsTitle: 'word',
      defaultColumns: ['word', 'kind', 'category', 'level', 'replacement', 'source', 'updatedAt'],
      listSearchableFields: ['word', 'replacement', 'category', 'note'],
      description: {
        zh: '发布前检查的敏感词、错别字、保护词、过时表述、已不在任人员和白名单。匹配时忽略全角半角、大小写、繁简差异以及字间插入的空格和符号；保护词的近似写法（同音字、形近字、字序颠倒、漏字）一律禁止发布。',
        en: 'Words checked before publishing.',
      },
      components: { beforeList: ['/../plugins/content-safety/components/DictionaryTransfer.tsx#DictionaryTransfer'] },
    },
    versions: { maxPerDoc: 20 },
    access: { read: options.read ?? signedIn, create: options.manage, update: options.manage, delete: options.manage },
    hooks: {
      beforeValidate: [({ data }) => {
        if (!data) return data
        if (typeof data.word === 'string') data.word = data.word.trim()
        // A protected term's near-misses are always blocked; an allow-list entry has no level; other kinds take
        // their default level when none is set.
        if (data.kind === 'protected') data.level = 'block'
        else if (data.kind === 'allow') data.level = null
        else if (data.kind && !data.level) data.level = DEFAULT_LEVEL[data.kind as EntryKind]
        return data
      }],
    },
    fields: [
      { name: 'word', type: 'text', required: true, unique: true, maxLength: 50, label: { zh: '词语', en: 'Word' } },
      { name: 'kind', type: 'select', required: true, defaultValue: 'word', label: { zh: '类型', en: 'Kind' }, options: KINDS },
      { name: 'category', type: 'text', maxLength: 40, label: { zh: '类别', en: 'Category' }, admin: { condition: (data) => data?.kind !== 'allow' } },
      {
        name: 'level', type: 'select', options: LEVELS, label: { zh: '级别', en: 'Level' },
        admin: { condition: (data) => data?.kind !== 'allow', description: { zh: '保护词固定为“禁止”。', en: 'Protected terms always block.' } },
      },
      {
        name: 'replacement', type: 'text', maxLength: 50, label: { zh: '建议替换', en: 'Replacement' },
        admin: { condition: when('word', 'typo', 'outdated'), description: { zh: '错别字的正确写法、过时表述的现行表述，或敏感词的替换用语。', en: 'The right form, the current formulation, or a replacement.' } },
      },
      { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' }, admin: { description: { zh: '已不在任人员请写明原职务和离任时间，检查结果中会显示。', en: 'For people no longer in office: former title and when they left.' } } },
      { name: 'source', type: 'text', maxLength: 200, label: { zh: '来源', en: 'Source' }, admin: { description: { zh: '如“起步词库”“本单位导入 2026-11”。', en: 'Where the entry comes from.' } } },
    ],
  }
}

function checkEndpoint(options: ContentSafetyOptions): Endpoint {
  return {
    path: '/content-safety/check',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthenticated', '请先登录')
      if ((await (options.read ?? (() => true))({ req })) === false) return problem(403, 'forbidden', '您无权使用内容检查')
      const body = await readJson(req, 4 * MAX_TEXT)
      if (body === null) return problem(400, 'invalid_body', '请求体必须是 JSON，且不超过 4 MB')
      const input = checkInput.safeParse(body)
      if (!input.success) return problem(400, 'invalid_body', input.error.issues[0]!.message)
      const { checker, version } = await currentChecker(req.payload)
      return Response.json({ findings: checker.check(input.data.text, input.data.context ?? 10), dictionary: { entries: checker.size, version } })
    },
  }
}

/** Admin components, as paths relative to the admin's import-map base directory (cms/). */
const COMPONENTS = '/../plugins/content-safety/components'

/** Findings under every text field (afterInput), and the panel that runs the check, in the sidebar. */
function withInlineCheck(collection: CollectionConfig): CollectionConfig {
  const annotate = (fields: Field[]): Field[] => fields.map((field): Field => {
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
      if ('name' in field && field.name === 'slug') return field
      const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
      return { ...field, admin: { ...admin, components: { ...admin.components, afterInput: [`${COMPONENTS}/FieldFindings.tsx#FieldFindings`] } } } as Field
    }
    if (field.type === 'group' || field.type === 'array' || field.type === 'row' || field.type === 'collapsible') return { ...field, fields: annotate(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: annotate(tab.fields) })) }
    return field
  })
  const panel: Field = {
    name: 'contentSafetyPanel',
    type: 'ui',
    label: { zh: '内容检查', en: 'Content check' },
    admin: { position: 'sidebar', components: { Field: `${COMPONENTS}/SafetyPanel.tsx#SafetyPanel` } },
  }
  return { ...collection, fields: [...annotate(collection.fields), panel] }
}

function acceptancesCollection(options: ContentSafetyOptions): CollectionConfig {
  return {
    slug: ACCEPTANCES,
    labels: { singular: { zh: '已确认的检查结果', en: 'Accepted finding' }, plural: { zh: '已确认的检查结果', en: 'Accepted findings' } },
    admin: { group: options.group, hidden: true, useAsTitle: 'found' },
    // Written only through POST /api/content-safety/accept; removed by whoever may manage the dictionary.
    access: { read: options.read ?? (({ req: { user } }) => Boolean(user)), create: () => false, update: () => false, delete: options.manage },
    fields: [
      { name: 'collectionSlug', type: 'text', required: true, index: true },
      { name: 'documentId', type: 'text', required: true, index: true },
      { name: 'key', type: 'text', required: true },
      { name: 'found', type: 'text', required: true, label: { zh: '原文', en: 'Found' } },
      { name: 'suggestion', type: 'text', label: { zh: '建议', en: 'Suggestion' } },
      { name: 'acceptedBy', type: 'relationship', relationTo: 'users', label: { zh: '确认人', en: 'Accepted by' } },
    ],
  }
}

const documentInput = z.object({
  collection: z.string({ error: '请指定内容类型 collection' }).min(1, '请指定内容类型 collection'),
  id: z.string().min(1).optional(),
  data: z.record(z.string(), z.unknown(), { error: '请提供文档内容 data' }),
})

/** Staff who can read the document (the unsaved form of a new one: who can create in the collection). */
async function mayCheck(req: PayloadRequest, collection: string, id: string | undefined): Promise<boolean> {
  if (id) return Boolean(await req.payload.findByID({ collection: collection as 'articles', id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true, select: { id: true } as never }))
  const create = req.payload.collections[collection as 'articles']?.config.access.create
  return Boolean(create && (await create({ req } as never)))
}

function checkDocumentEndpoint(options: ContentSafetyOptions, checked: Set<string>): Endpoint {
  return {
    path: '/content-safety/check-document',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthenticated', '请先登录')
      const body = await readJson(req, 4 * MAX_TEXT)
      if (body === null) return problem(400, 'invalid_body', '请求体必须是 JSON，且不超过 4 MB')
      const input = documentInput.safeParse(body)
      if (!input.success) return problem(400, 'invalid_body', input.error.issues[0]!.message)
      const { collection, id, data } = input.data
      if (!checked.has(collection)) return problem(400, 'not_checked', `“${collection}”不在内容检查范围内`)
      if (!(await mayCheck(req, collection, id))) return problem(403, 'forbidden', '文档不存在或您无权查看')
      return Response.json(await checkDocument(req, collection, id, data))
    },
  }
}

const acceptInput = z.object({
  collection: z.string({ error: '请指定内容类型 collection' }).min(1),
  id: z.string({ error: '请指定文档 id' }).min(1, '请指定文档 id'),
  key: z.string({ error: '请指定要确认的检查结果 key' }).min(1).max(200),
})

/** An editor marks a suspected typo on a document as not an error; remembered for that document. */
function acceptEndpoint(options: ContentSafetyOptions, checked: Set<string>): Endpoint {
  return {
    path: '/content-safety/accept',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return problem(401, 'unauthenticated', '请先登录')
      const input = acceptInput.safeParse(await readJson(req))
      if (!input.success) return problem(400, 'invalid_body', input.error.issues[0]!.message)
      const { collection, id, key } = input.data
      if (!checked.has(collection)) return problem(400, 'not_checked', `“${collection}”不在内容检查范围内`)
      const doc = (await req.payload.findByID({ collection: collection as 'articles', id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })) as Record<string, unknown> | null
      if (!doc) return problem(404, 'not_found', '文档不存在或您无权查看')
      const { findings } = await checkDocument(req, collection, id, doc)
      const finding = findings.find((f) => f.key === key)
      if (!finding) return problem(404, 'no_finding', '文档的已保存版本中没有这条检查结果：请先保存，再确认')
      if (!acceptable(finding)) return problem(403, 'not_acceptable', '只有疑似错别字可以由编辑确认为“不是错误”；敏感词、保护词等须修改内容或由审核人在流转时确认')
      if (!finding.accepted) {
        await req.payload.create({
          collection: ACCEPTANCES as 'safety-acceptances',
          data: { collectionSlug: collection, documentId: id, key: findingKey(finding), found: finding.found, suggestion: finding.suggestion ?? null, acceptedBy: req.user.id } as never,
          req,
          overrideAccess: true,
        })
      }
      return Response.json({ accepted: key })
    },
  }
}

export const contentSafety = (options: ContentSafetyOptions): Plugin => (config: Config): Config => {
  const wrap = options.wrapCollection ?? ((c: CollectionConfig) => c)
  const checked = new Set(options.collections ?? [])
  const collections = (config.collections ?? []).map((collection) => (checked.has(collection.slug) ? withInlineCheck(collection) : collection))
  return {
    ...config,
    collections: [...collections, wrap(wordsCollection(options)), wrap(acceptancesCollection(options))],
    endpoints: [...(config.endpoints ?? []), checkEndpoint(options), checkDocumentEndpoint(options, checked), acceptEndpoint(options, checked), ...transferEndpoints(options)],
  }
}

export { Matcher, type Entry, type Level } from './matcher.ts'
export { Checker, type Finding, type DictionaryRow } from './checker.ts'
export { ensureStarterDictionary } from './dictionary.ts'
export { describe, safetyGate, type OverrideEvent } from './gate.ts'
