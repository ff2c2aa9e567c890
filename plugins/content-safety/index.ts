// Content-safety plugin (modules 23, 24): dictionaries managed in the CMS and a check of any text against
// them. This first part has the sensitive-word dictionary (words with category, level and replacement, and
// allow-list entries) and POST /api/content-safety/check; the matcher (matcher.ts) is rebuilt when the
// dictionary changes.
//
//   plugins: [contentSafety({ manage: ({ req }) => ..., read: ({ req }) => ... })]
import type { Access, CollectionConfig, Config, Endpoint, Plugin } from 'payload'
import { z } from 'zod'
import { problem, readJson } from '../../cms/lib/http/problem.ts'
import { currentMatcher, WORDS } from './dictionary.ts'

export type ContentSafetyOptions = {
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

function wordsCollection(options: ContentSafetyOptions): CollectionConfig {
  const signedIn: Access = ({ req: { user } }) => Boolean(user)
  return {
    slug: WORDS,
    labels: { singular: { zh: '敏感词', en: 'Sensitive word' }, plural: { zh: '敏感词库', en: 'Sensitive words' } },
    admin: {
      group: options.group,
      useAsTitle: 'word',
      defaultColumns: ['word', 'kind', 'category', 'level', 'replacement', 'updatedAt'],
      description: { zh: '发布前检查的敏感词与白名单。匹配时忽略全角半角、大小写、繁简差异以及字间插入的空格和符号。', en: 'Words checked before publishing, and allow-list entries.' },
    },
    versions: { maxPerDoc: 20 },
    access: { read: options.read ?? signedIn, create: options.manage, update: options.manage, delete: options.manage },
    fields: [
      { name: 'word', type: 'text', required: true, unique: true, maxLength: 50, label: { zh: '词语', en: 'Word' } },
      {
        name: 'kind', type: 'select', required: true, defaultValue: 'word', label: { zh: '类型', en: 'Kind' },
        options: [{ value: 'word', label: { zh: '敏感词', en: 'Sensitive word' } }, { value: 'allow', label: { zh: '白名单（不报告其中包含的敏感词）', en: 'Allow-list' } }],
      },
      { name: 'category', type: 'text', maxLength: 40, label: { zh: '类别', en: 'Category' }, admin: { condition: (data) => data?.kind !== 'allow' } },
      { name: 'level', type: 'select', defaultValue: 'review', options: LEVELS, label: { zh: '级别', en: 'Level' }, admin: { condition: (data) => data?.kind !== 'allow' } },
      { name: 'replacement', type: 'text', maxLength: 50, label: { zh: '建议替换为', en: 'Replacement' }, admin: { condition: (data) => data?.kind !== 'allow' } },
      { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
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
      const { matcher, version } = await currentMatcher(req.payload)
      return Response.json({ findings: matcher.scan(input.data.text, input.data.context ?? 10), dictionary: { words: matcher.size, version } })
    },
  }
}

export const contentSafety = (options: ContentSafetyOptions): Plugin => (config: Config): Config => {
  const wrap = options.wrapCollection ?? ((c: CollectionConfig) => c)
  return {
    ...config,
    collections: [...(config.collections ?? []), wrap(wordsCollection(options))],
    endpoints: [...(config.endpoints ?? []), checkEndpoint(options)],
  }
}

export { Matcher, type Entry, type Finding, type Level } from './matcher.ts'
