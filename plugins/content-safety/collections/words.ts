// The dictionary (collection `sensitive-words`, module 23): sensitive words, typos, protected terms, outdated
// formulations, names no longer in office and the allow-list, one entry each, versioned; managed by
// options.manage, read by options.read. Import and export are in endpoints/transfer/.
import type { CollectionConfig, Field } from 'payload'
import { NOT_AN_ACCOUNT } from '../../../cms/lib/access.ts'
import {
  LIST_TYPE_EN,
  LIST_TYPE_HINTS,
  LIST_TYPE_NAMES,
  LEVEL_EN,
  LEVEL_HINTS,
  LEVEL_NAMES,
  type ListType,
  type Level,
} from '../engine/terms.ts'
import { entryDefaults } from '../hooks/entryDefaults.ts'
import type { ResolvedOptions } from '../types.ts'

export const WORDS = 'sensitive-words'

const LEVELS = (Object.keys(LEVEL_NAMES) as Level[]).map((value) => ({
  value,
  label: { zh: LEVEL_NAMES[value] + LEVEL_HINTS[value], en: LEVEL_EN[value] },
}))

const LIST_TYPES = (Object.keys(LIST_TYPE_NAMES) as ListType[]).map((value) => ({
  value,
  label: { zh: LIST_TYPE_NAMES[value] + LIST_TYPE_HINTS[value], en: LIST_TYPE_EN[value] },
}))

/** Shows a field only for entries on these lists. */
const when =
  (...listTypes: ListType[]) =>
  (data: Partial<{ listType: ListType }> | undefined) =>
    listTypes.includes(data?.listType ?? 'word')

const fields: Field[] = [
  {
    name: 'word',
    type: 'text',
    required: true,
    unique: true,
    maxLength: 50,
    label: { zh: '词语', en: 'Word' },
  },
  {
    name: 'listType',
    type: 'select',
    required: true,
    defaultValue: 'word',
    label: { zh: '类型', en: 'List type' },
    options: LIST_TYPES,
  },
  {
    name: 'category',
    type: 'text',
    maxLength: 40,
    label: { zh: '类别', en: 'Category' },
    admin: { condition: (data) => data?.listType !== 'allow' },
  },
  {
    name: 'level',
    type: 'select',
    options: LEVELS,
    label: { zh: '级别', en: 'Level' },
    admin: {
      condition: (data) => data?.listType !== 'allow',
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
    name: 'homophones',
    type: 'checkbox',
    defaultValue: false,
    label: { zh: '同时匹配同音字替换', en: 'Also match homophone substitutions' },
    admin: {
      condition: when('word'),
      description: {
        zh: '如“法轮功”也匹配“发轮功”“法伦功”（一个字换成读音相同的字），按本词条的级别处理。同音字容易误中常用词（如“赌博”与“读博”），只对确有同音规避的词勾选。',
        en: 'Also match the word with one character replaced by a homophone, at this entry’s level.',
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
]

export function wordsCollection(options: ResolvedOptions): CollectionConfig {
  return {
    slug: WORDS,
    labels: {
      singular: { zh: '词条', en: 'Entry' },
      plural: { zh: '内容安全词库', en: 'Content-safety dictionary' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'word',
      defaultColumns: [
        'word',
        'listType',
        'category',
        'level',
        'replacement',
        'source',
        'updatedAt',
      ],
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
    hooks: { beforeValidate: [entryDefaults] },
    fields,
  }
}
