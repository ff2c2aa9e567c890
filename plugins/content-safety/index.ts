// Content-safety plugin (modules 23, 24): the dictionary managed in the CMS (collection `sensitive-words`:
// sensitive words, typos, protected terms, outdated formulations, names no longer in office, allow-list;
// import and export in transfer.ts), the check of any text (checker.ts) and of a whole document
// (document.ts), shown inline while editing in the listed collections, and the gate for the review workflow
// (gate.ts, passed to review-workflow's `check` option by the host).
//
//   plugins: [contentSafety({ collections: ['articles'], manage: ({ req }) => ..., read: ({ req }) => ... })]
import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { NOT_AN_ACCOUNT, nobody, signedIn } from '../../cms/lib/access.ts'
import {
  DEFAULT_LEVEL,
  KIND_EN,
  KIND_HINTS,
  KIND_NAMES,
  LEVEL_EN,
  LEVEL_HINTS,
  LEVEL_NAMES,
  type EntryKind,
  type Level,
} from './engine/terms.ts'
import { WORDS } from './utilities/dictionary.ts'
import { ACCEPTANCES, isCheckedText } from './utilities/document.ts'
import { checkEndpoints } from './endpoints/check.ts'
import { transferEndpoints } from './endpoints/transfer.ts'
import { withSubmissionCheck } from './hooks/submissionCheck.ts'
import { rescanEndpoint, rescanTasks, scansCollection } from './jobs/rescan.ts'
import type { ContentSafetyOptions, ResolvedOptions } from './types.ts'

const LEVELS = (Object.keys(LEVEL_NAMES) as Level[]).map((value) => ({
  value,
  label: { zh: LEVEL_NAMES[value] + LEVEL_HINTS[value], en: LEVEL_EN[value] },
}))

const KINDS = (Object.keys(KIND_NAMES) as EntryKind[]).map((value) => ({
  value,
  label: { zh: KIND_NAMES[value] + KIND_HINTS[value], en: KIND_EN[value] },
}))

function wordsCollection(options: ResolvedOptions): CollectionConfig {
  const when =
    (...kinds: EntryKind[]) =>
    (data: Partial<{ kind: EntryKind }> | undefined) =>
      kinds.includes(data?.kind ?? 'word')
  return {
    slug: WORDS,
    labels: {
      singular: { zh: '词条', en: 'Entry' },
      plural: { zh: '内容安全词库', en: 'Content-safety dictionary' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'word',
      defaultColumns: ['word', 'kind', 'category', 'level', 'replacement', 'source', 'updatedAt'],
      listSearchableFields: ['word', 'replacement', 'category', 'note'],
      description: {
        zh: '发布前检查的敏感词、错别字、保护词、过时表述、已不在任人员和白名单。匹配时忽略全角半角、大小写、繁简差异以及字间插入的空格和符号；保护词的近似写法（同音字、形近字、字序颠倒、漏字）一律禁止发布。',
        en: 'Words checked before publishing.',
      },
      components: {
        beforeList: [
          '/../plugins/content-safety/components/DictionaryTransfer.tsx#DictionaryTransfer',
        ],
      },
    },
    versions: { maxPerDoc: 20 },
    access: {
      read: options.read,
      create: options.manage,
      update: options.manage,
      delete: options.manage,
      readVersions: options.manage,
      ...NOT_AN_ACCOUNT,
    },
    hooks: {
      beforeValidate: [
        ({ data }) => {
          if (!data) return data
          if (typeof data.word === 'string') data.word = data.word.trim()
          // A protected term's near-misses are always blocked; an allow-list entry has no level; other kinds take
          // their default level when none is set.
          if (data.kind === 'protected') data.level = 'block'
          else if (data.kind === 'allow') data.level = null
          else if (data.kind && !data.level) data.level = DEFAULT_LEVEL[data.kind as EntryKind]
          return data
        },
      ],
    },
    fields: [
      {
        name: 'word',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 50,
        label: { zh: '词语', en: 'Word' },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'word',
        label: { zh: '类型', en: 'Kind' },
        options: KINDS,
      },
      {
        name: 'category',
        type: 'text',
        maxLength: 40,
        label: { zh: '类别', en: 'Category' },
        admin: { condition: (data) => data?.kind !== 'allow' },
      },
      {
        name: 'level',
        type: 'select',
        options: LEVELS,
        label: { zh: '级别', en: 'Level' },
        admin: {
          condition: (data) => data?.kind !== 'allow',
          description: { zh: '保护词固定为“禁止”。', en: 'Protected terms always block.' },
        },
      },
      {
        name: 'replacement',
        type: 'text',
        maxLength: 50,
        label: { zh: '建议替换', en: 'Replacement' },
        admin: {
          condition: when('word', 'typo', 'outdated'),
          description: {
            zh: '错别字的正确写法、过时表述的现行表述，或敏感词的替换用语。',
            en: 'The right form, the current formulation, or a replacement.',
          },
        },
      },
      {
        name: 'pinyin',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '同时匹配拼音和首字母', en: 'Also match pinyin and initials' },
        admin: {
          condition: when('word'),
          description: {
            zh: '如“法轮功”也匹配 falungong、fa lun gong，三字及以上的词还匹配首字母 flg。只对确有拼音规避的词勾选：拼音和首字母容易误中。',
            en: 'Also match the word written in pinyin or its initials.',
          },
        },
      },
      {
        name: 'note',
        type: 'textarea',
        label: { zh: '说明', en: 'Note' },
        admin: {
          description: {
            zh: '已不在任人员请写明原职务和离任时间，检查结果中会显示。',
            en: 'For people no longer in office: former title and when they left.',
          },
        },
      },
      {
        name: 'source',
        type: 'text',
        maxLength: 200,
        label: { zh: '来源', en: 'Source' },
        admin: {
          description: {
            zh: '如“起步词库”“本单位导入 2026-11”。',
            en: 'Where the entry comes from.',
          },
        },
      },
    ],
  }
}

/** Admin components, as paths relative to the admin's import-map base directory (cms/). */
const COMPONENTS = '/../plugins/content-safety/components'

/** Findings under every text field (afterInput), and the panel that runs the check, in the sidebar. */
function withInlineCheck(collection: CollectionConfig): CollectionConfig {
  const annotate = (fields: Field[]): Field[] =>
    fields.map((field): Field => {
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
        if (!isCheckedText(field)) return field
        const admin = (field.admin ?? {}) as {
          components?: { afterInput?: unknown[] } & Record<string, unknown>
        }
        // Added to what the field already shows after its input (e.g. the personal-data reveal button).
        const afterInput = [
          ...(admin.components?.afterInput ?? []),
          `${COMPONENTS}/FieldFindings.tsx#FieldFindings`,
        ]
        return {
          ...field,
          admin: { ...admin, components: { ...admin.components, afterInput } },
        } as Field
      }
      if (
        field.type === 'group' ||
        field.type === 'array' ||
        field.type === 'row' ||
        field.type === 'collapsible'
      )
        return { ...field, fields: annotate(field.fields) } as Field
      if (field.type === 'tabs')
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: annotate(tab.fields) })),
        }
      return field
    })
  const panel: Field = {
    name: 'contentSafetyPanel',
    type: 'ui',
    label: { zh: '内容检查', en: 'Content check' },
    admin: {
      position: 'sidebar',
      components: { Field: `${COMPONENTS}/SafetyPanel.tsx#SafetyPanel` },
    },
  }
  return { ...collection, fields: [...annotate(collection.fields), panel] }
}

function acceptancesCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: ACCEPTANCES,
    labels: {
      singular: { zh: '已确认的检查结果', en: 'Accepted finding' },
      plural: { zh: '已确认的检查结果', en: 'Accepted findings' },
    },
    admin: { group: options.group, hidden: true, useAsTitle: 'found' },
    // Written only through POST /api/content-safety/accept; removed by whoever may manage the dictionary.
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: options.manage,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    fields: [
      { name: 'collectionSlug', type: 'text', required: true, index: true },
      { name: 'documentId', type: 'text', required: true, index: true },
      { name: 'key', type: 'text', required: true },
      { name: 'found', type: 'text', required: true, label: { zh: '原文', en: 'Found' } },
      { name: 'suggestion', type: 'text', label: { zh: '建议', en: 'Suggestion' } },
      {
        name: 'acceptedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { zh: '确认人', en: 'Accepted by' },
      },
    ],
  }
}

/** Fills in the defaults documented on `ContentSafetyOptions`. */
const resolveOptions = (options: ContentSafetyOptions): ResolvedOptions => ({
  ...options,
  collections: options.collections ?? [],
  forms: options.forms ?? [],
  read: options.read ?? signedIn,
  wrapCollection: options.wrapCollection ?? ((collection) => collection),
})

export const contentSafety =
  (given: ContentSafetyOptions): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(given)
    const wrap = options.wrapCollection
    const forms = new Set(options.forms)
    const checked = new Set([...options.collections, ...forms])
    const collections = (config.collections ?? []).map((collection) => {
      const inline = checked.has(collection.slug) ? withInlineCheck(collection) : collection
      return forms.has(collection.slug) ? withSubmissionCheck(inline) : inline
    })
    return {
      ...config,
      collections: [
        ...collections,
        wrap(wordsCollection(options)),
        wrap(acceptancesCollection(options)),
        wrap(scansCollection(options)),
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        ...checkEndpoints(options, checked),
        ...transferEndpoints(options),
        rescanEndpoint(options),
      ],
      // For the rescan rounds (rescan.ts), which run on the jobs queue, outside any request.
      custom: { ...config.custom, contentSafety: options },
      // The rescan round runs on the jobs queue (rescan.ts).
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...rescanTasks] },
    }
  }

export { Matcher, type Entry, type Level } from './engine/matcher.ts'
export { Checker, type Finding, type DictionaryRow } from './engine/checker.ts'
export { ensureStarterDictionary } from './utilities/dictionary.ts'
export { runRescan } from './jobs/rescan.ts'
export type { ContentSafetyOptions, ScanFinding, ScanReport } from './types.ts'
export { rescanNotice } from './jobs/rescanNotice.ts'
export {
  describeFinding,
  overrideAuditRecord,
  safetyGate,
  type GatedStep,
  type OverrideEvent,
} from './hooks/gate.ts'
export { FINDING_LEVEL } from './engine/terms.ts'
