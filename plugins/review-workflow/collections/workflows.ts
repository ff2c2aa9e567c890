// The plugin's collections: 审核流程 (workflow definitions, edited in the admin UI), 流转记录 (the
// per-document history of transitions, written only by the plugin and never changed) and 定时发布.
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
  type Where,
} from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../cms/lib/access.ts'
import { documentTitle } from '../../cms/lib/documentTitle.ts'
import { cutText } from '../../contracts/text/index.ts'
import { definitionProblems, type HistoryEntry, type Workflow } from './definition.ts'
import type { ResolvedOptions } from './options.ts'

export const WORKFLOWS = 'workflows'
export const HISTORY = 'workflow-history'
export const SCHEDULES = 'workflow-schedules'

const KIND_OPTIONS = [
  { value: 'draft', label: { zh: '草稿', en: 'Draft' } },
  { value: 'review', label: { zh: '审核中', en: 'In review' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
  { value: 'unpublished', label: { zh: '已撤销', en: 'Unpublished' } },
]

/** History entries or schedules of one document. */
export const ofDocument = (collection: string, id: string, ...more: Where[]): Where => ({
  and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: id } }, ...more],
})

/** The document a history entry or a schedule belongs to. */
const documentFields: Field[] = [
  {
    name: 'collectionSlug',
    type: 'text',
    required: true,
    index: true,
    label: { zh: '内容类型', en: 'Collection' },
  },
  {
    name: 'documentId',
    type: 'text',
    required: true,
    index: true,
    label: { zh: '文档', en: 'Document' },
  },
  { name: 'documentTitle', type: 'text', label: { zh: '标题', en: 'Title' } },
]

export function workflowsCollection(
  options: ResolvedOptions,
  collectionLabels: Record<string, string>,
): CollectionConfig {
  const usersSlug = options.usersSlug
  return {
    slug: WORKFLOWS,
    labels: {
      singular: { zh: '审核流程', en: 'Workflow' },
      plural: { zh: '审核流程', en: 'Workflows' },
    },
    admin: {
      group: options.group,
      useAsTitle: 'name',
      defaultColumns: ['name', 'collections', 'updatedAt'],
      description: {
        zh: '文档从草稿到发布经过的状态和流转。发布只能通过流程中到达“已发布”状态的流转完成。',
        en: 'States and transitions a document passes from draft to published.',
      },
    },
    access: {
      read: options.read,
      create: options.manage,
      update: options.manage,
      delete: options.manage,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    hooks: { beforeChange: [validateDefinition(options)] },
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 60,
        label: { zh: '名称', en: 'Name' },
      },
      {
        name: 'description',
        type: 'textarea',
        maxLength: 500,
        label: { zh: '说明', en: 'Description' },
      },
      {
        name: 'collections',
        type: 'select',
        hasMany: true,
        options: options.collections.map((slug) => ({
          value: slug,
          label: collectionLabels[slug] ?? slug,
        })),
        label: { zh: '适用内容', en: 'Applies to' },
        admin: {
          description: {
            zh: '每类内容只能使用一个流程。',
            en: 'A collection uses at most one workflow.',
          },
        },
      },
      {
        name: 'states',
        type: 'array',
        required: true,
        minRows: 2,
        label: { zh: '状态', en: 'States' },
        labels: { singular: { zh: '状态', en: 'State' }, plural: { zh: '状态', en: 'States' } },
        admin: {
          description: {
            zh: '第一个状态是新文档的初始状态。',
            en: 'The first state is where new documents start.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'key',
                type: 'text',
                required: true,
                label: { zh: '标识', en: 'Key' },
                validate: keyFormat,
              },
              { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' } },
              {
                name: 'kind',
                type: 'select',
                required: true,
                defaultValue: 'review',
                options: KIND_OPTIONS,
                label: { zh: '类型', en: 'Kind' },
              },
            ],
          },
        ],
      },
      {
        name: 'transitions',
        type: 'array',
        label: { zh: '流转', en: 'Transitions' },
        labels: {
          singular: { zh: '流转', en: 'Transition' },
          plural: { zh: '流转', en: 'Transitions' },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'key',
                type: 'text',
                required: true,
                label: { zh: '标识', en: 'Key' },
                validate: keyFormat,
              },
              {
                name: 'label',
                type: 'text',
                required: true,
                label: { zh: '按钮名称', en: 'Button label' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'from',
                type: 'text',
                hasMany: true,
                required: true,
                label: { zh: '从状态（标识）', en: 'From states (keys)' },
              },
              {
                name: 'to',
                type: 'text',
                required: true,
                label: { zh: '到状态（标识）', en: 'To state (key)' },
              },
            ],
          },
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            options: Object.entries(options.roles).map(([value, label]) => ({ value, label })),
            label: { zh: '可执行的角色', en: 'Roles allowed' },
          },
          {
            name: 'users',
            type: 'relationship',
            relationTo: usersSlug as CollectionSlug,
            hasMany: true,
            label: { zh: '可执行的人员', en: 'Users allowed' },
          },
          {
            type: 'row',
            fields: [
              {
                name: 'commentRequired',
                type: 'checkbox',
                label: { zh: '必须填写意见', en: 'Comment required' },
              },
              {
                name: 'distinctReviewer',
                type: 'checkbox',
                label: {
                  zh: '三审分人：本轮已参与审核的人员不能执行',
                  en: 'Separate reviewers: not by anyone who already acted in this round',
                },
              },
            ],
          },
          {
            name: 'conditions',
            type: 'array',
            label: { zh: '条件（全部满足时才可执行）', en: 'Conditions (all must hold)' },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'field',
                    type: 'text',
                    required: true,
                    label: { zh: '字段', en: 'Field' },
                  },
                  {
                    name: 'operator',
                    type: 'select',
                    required: true,
                    defaultValue: 'equals',
                    options: [
                      { value: 'equals', label: { zh: '等于', en: 'equals' } },
                      { value: 'notEquals', label: { zh: '不等于', en: 'does not equal' } },
                    ],
                    label: { zh: '比较', en: 'Operator' },
                  },
                  { name: 'value', type: 'text', required: true, label: { zh: '值', en: 'Value' } },
                ],
              },
            ],
          },
          {
            name: 'notify',
            type: 'select',
            hasMany: true,
            options: [
              { value: 'author', label: { zh: '作者', en: 'Author' } },
              { value: 'assignees', label: { zh: '处理人', en: 'Assignees' } },
              { value: 'nextReviewers', label: { zh: '下一步的审核人', en: 'Next reviewers' } },
            ],
            label: { zh: '通知', en: 'Notify' },
          },
          {
            name: 'dueHours',
            type: 'number',
            min: 1,
            max: 24 * 90,
            label: { zh: '办理时限（小时）', en: 'Due within (hours)' },
          },
        ],
      },
    ],
  }
}

function keyFormat(value: unknown): true | string {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value)
    ? true
    : '标识只能使用小写字母、数字和连字符，并以字母开头'
}

const asWorkflow = (data: Partial<Workflow> & Record<string, unknown>): Workflow => ({
  id: String(data.id ?? ''),
  name: String(data.name ?? ''),
  collections: (data.collections as string[] | undefined) ?? [],
  states: (data.states ?? []).map(({ key, label, kind }) => ({ key, label, kind })),
  transitions: (data.transitions ?? []).map((t) => ({ ...t, from: t.from ?? [] })),
})

/**
 * A definition is saved only when it is sound, no collection ends up with two workflows, and no document is
 * left in a state that no longer exists (the admin moves them first: POST /api/workflows/:id/move-documents).
 */
const validateDefinition =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const next = asWorkflow(data as Record<string, unknown>)
    const problems = [...definitionProblems(next), ...(await namedUserProblems(req, options, next))]
    const others = await req.payload.find({
      collection: WORKFLOWS as 'workflows',
      where: {
        and: [
          { collections: { in: next.collections } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      } as Where,
      depth: 0,
      limit: 100,
      req,
      overrideAccess: true,
    })
    for (const other of others.docs as unknown as Workflow[]) {
      const shared = other.collections.filter((slug) => next.collections.includes(slug))
      if (shared.length)
        problems.push(
          `${shared.join('、')} 已在流程“${other.name}”中使用：每类内容只能使用一个流程`,
        )
    }
    const keys = next.states.map((state) => state.key)
    for (const slug of next.collections) {
      for (const state of await strandedStates(req, slug, keys)) {
        problems.push(
          `${slug} 中有 ${state.count} 篇文档处于状态“${state.key}”，新流程中没有该状态：请先把它们移到其他状态（POST /api/workflows/:id/move-documents）`,
        )
      }
    }
    if (problems.length)
      throw new ValidationError(
        { collection: WORKFLOWS, errors: problems.map((message) => ({ message, path: 'states' })) },
        req.t,
      )
    return data
  }

/** Users a transition names must be accounts that may act now (options.activeUser, options.mayAct). */
async function namedUserProblems(
  req: PayloadRequest,
  options: ResolvedOptions,
  workflow: Workflow,
): Promise<string[]> {
  const idOf = (user: unknown) =>
    String(user && typeof user === 'object' ? (user as { id: unknown }).id : user)
  const named = [...new Set(workflow.transitions.flatMap((t) => (t.users ?? []).map(idOf)))]
  if (!named.length) return []
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    where: { id: { in: named } },
    depth: 0,
    limit: named.length,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const fit = new Set(
    docs
      .filter((user) => options.activeUser(user) && options.mayAct(user))
      .map((user) => String(user.id)),
  )
  return workflow.transitions.flatMap((t) =>
    (t.users ?? [])
      .map(idOf)
      .filter((id) => !fit.has(id))
      .map((id) => {
        const user = docs.find((doc) => String(doc.id) === id) as
          { name?: string; email?: string } | undefined
        return `流转“${t.label}”指定的人员“${user?.name ?? user?.email ?? id}”不能办理审核（账号已停用或没有内容审核相关角色）`
      }),
  )
}

/** Document counts (latest versions, drafts included) in stored states that are not among `keys`. */
async function strandedStates(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  slug: string,
  keys: string[],
): Promise<{ key: string; count: number }[]> {
  const found = await req.payload.find({
    collection: slug as 'articles',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    where: { workflowState: { not_in: keys } },
    select: { workflowState: true } as never,
    req,
    overrideAccess: true,
  })
  const counts = new Map<string, number>()
  for (const doc of found.docs as { workflowState?: string | null }[]) {
    if (doc.workflowState) counts.set(doc.workflowState, (counts.get(doc.workflowState) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => ({ key, count }))
}

export function historyCollection(options: ResolvedOptions): CollectionConfig {
  const usersSlug = options.usersSlug
  return {
    slug: HISTORY,
    labels: {
      singular: { zh: '流转记录', en: 'Workflow history entry' },
      plural: { zh: '流转记录', en: 'Workflow history' },
    },
    admin: {
      group: options.group,
      defaultColumns: [
        'documentTitle',
        'collectionSlug',
        'transitionLabel',
        'toLabel',
        'actor',
        'createdAt',
      ],
      useAsTitle: 'documentTitle',
    },
    defaultSort: '-createdAt',
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    lockDocuments: false,
    fields: [
      ...documentFields,
      {
        name: 'workflow',
        type: 'relationship',
        relationTo: WORKFLOWS as CollectionSlug,
        label: { zh: '流程', en: 'Workflow' },
      },
      { name: 'transition', type: 'text', required: true, label: { zh: '流转', en: 'Transition' } },
      { name: 'transitionLabel', type: 'text', label: { zh: '操作', en: 'Action' } },
      { name: 'from', type: 'text', label: { zh: '原状态', en: 'From' } },
      { name: 'to', type: 'text', required: true, label: { zh: '新状态', en: 'To' } },
      { name: 'toLabel', type: 'text', label: { zh: '新状态名称', en: 'To (label)' } },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: usersSlug as CollectionSlug,
        label: { zh: '操作人', en: 'Actor' },
      },
      { name: 'actorRoles', type: 'text', label: { zh: '操作人角色', en: 'Actor roles' } },
      { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
      { name: 'version', type: 'text', label: { zh: '流转后版本', en: 'Version after' } },
      // On a reminder (催办): the due time it was sent for, so each due time is reminded once.
      {
        name: 'dueAt',
        type: 'date',
        index: true,
        label: { zh: '催办的办理时限', en: 'Reminded due time' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  }
}

/** 定时发布: a publishing or unpublishing transition, checked when scheduled and applied by the scheduler at its time. */
export function schedulesCollection(options: ResolvedOptions): CollectionConfig {
  const usersSlug = options.usersSlug
  return {
    slug: SCHEDULES,
    labels: {
      singular: { zh: '定时任务', en: 'Scheduled transition' },
      plural: { zh: '定时发布', en: 'Scheduled transitions' },
    },
    admin: {
      group: options.group,
      defaultColumns: ['documentTitle', 'transitionLabel', 'at', 'status', 'actor'],
      useAsTitle: 'documentTitle',
    },
    defaultSort: 'at',
    access: {
      read: options.read,
      create: nobody,
      update: nobody,
      delete: nobody,
      readVersions: nobody,
      ...NOT_AN_ACCOUNT,
    },
    lockDocuments: false,
    fields: [
      ...documentFields,
      { name: 'transition', type: 'text', required: true, label: { zh: '流转', en: 'Transition' } },
      { name: 'transitionLabel', type: 'text', label: { zh: '操作', en: 'Action' } },
      {
        name: 'at',
        type: 'date',
        required: true,
        index: true,
        label: { zh: '执行时间', en: 'Due at' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: usersSlug as CollectionSlug,
        required: true,
        label: { zh: '安排人', en: 'Scheduled by' },
      },
      { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
      {
        name: 'version',
        type: 'text',
        required: true,
        label: { zh: '安排时的版本', en: 'Version when scheduled' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'pending',
        options: [
          { value: 'pending', label: { zh: '等待执行', en: 'Pending' } },
          { value: 'done', label: { zh: '已执行', en: 'Done' } },
          { value: 'failed', label: { zh: '未能执行', en: 'Failed' } },
          { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
        ],
        label: { zh: '状态', en: 'Status' },
      },
      { name: 'result', type: 'text', label: { zh: '结果', en: 'Result' } },
    ],
  }
}

/** Appends one entry to a document's history (access is the caller's: every transition path checks it first). */
export async function addHistory(req: PayloadRequest, entry: HistoryEntry): Promise<void> {
  await req.payload.create({
    collection: HISTORY as 'workflow-history',
    data: {
      ...entry,
      actor: entry.actor ?? null,
      actorRoles: entry.actorRoles ?? null,
      dueAt: entry.dueAt ?? null,
    } as never,
    req,
    overrideAccess: true,
  })
}

/** The document's history, newest first (the rules in definition.ts read the current round from it). */
export async function documentHistory(
  req: PayloadRequest,
  collection: string,
  id: string,
  limit = 100,
): Promise<HistoryEntry[]> {
  const { docs } = await req.payload.find({
    collection: HISTORY as 'workflow-history',
    where: ofDocument(collection, id),
    sort: '-createdAt',
    depth: 0,
    limit,
    req,
    overrideAccess: true,
  })
  return docs as unknown as HistoryEntry[]
}

export const titleOf = (doc: Record<string, unknown>) => cutText(documentTitle(doc), 200)
