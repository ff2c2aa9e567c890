// The review workflows a new installation starts with. Administrators change them in the admin UI
// (系统管理 → 审核流程); ensureDefaultWorkflows only adds the ones missing by name, never overwrites.
import type { Payload, PayloadRequest } from 'payload'
import type { Transition, WorkflowState } from '../../plugins/review-workflow/index.ts'
import type { Role } from '../access/roles.ts'

type Definition = {
  name: string
  description: string
  collections: string[]
  states: WorkflowState[]
  transitions: (Transition & { roles: Role[] })[]
}

const draft: WorkflowState = { key: 'draft', label: '草稿', stage: 'draft' }
const returned: WorkflowState = { key: 'returned', label: '退回修改', stage: 'draft' }
const published: WorkflowState = { key: 'published', label: '已发布', stage: 'published' }
const unpublished: WorkflowState = { key: 'unpublished', label: '已撤销', stage: 'unpublished' }

const returnFor = (from: string[], roles: Role[]): Transition & { roles: Role[] } => ({
  key: 'return',
  label: '退回修改',
  from,
  to: 'returned',
  roles,
  commentRequired: true,
  notify: ['author'],
})
const unpublishBy = (roles: Role[]): Transition & { roles: Role[] } => ({
  key: 'unpublish',
  label: '撤销发布',
  from: ['published'],
  to: 'unpublished',
  roles,
  commentRequired: true,
  notify: ['author'],
})

export const DEFAULT_WORKFLOWS: Definition[] = [
  {
    name: '三审三校',
    description:
      '编辑提交后，依次由两名不同的审核员初审、复审，再由签发人终审签发；任一环节可退回并须说明意见。',
    collections: [
      'articles',
      'projects',
      'trainings',
      'service-guides',
      'country-profiles',
      'topics',
    ],
    states: [
      draft,
      { key: 'first-review', label: '初审', stage: 'review' },
      { key: 'second-review', label: '复审', stage: 'review' },
      { key: 'final-review', label: '终审', stage: 'review' },
      published,
      returned,
      unpublished,
    ],
    transitions: [
      {
        key: 'submit',
        label: '提交审核',
        from: ['draft', 'returned', 'unpublished'],
        to: 'first-review',
        roles: ['editor', 'reviewer', 'approver'],
        notify: ['nextReviewers'],
        dueHours: 24,
      },
      {
        key: 'pass-first',
        label: '初审通过',
        from: ['first-review'],
        to: 'second-review',
        roles: ['reviewer'],
        distinctReviewer: true,
        notify: ['nextReviewers'],
        dueHours: 24,
      },
      {
        key: 'pass-second',
        label: '复审通过',
        from: ['second-review'],
        to: 'final-review',
        roles: ['reviewer'],
        distinctReviewer: true,
        notify: ['nextReviewers'],
        dueHours: 24,
      },
      {
        key: 'approve',
        label: '终审签发',
        from: ['final-review'],
        to: 'published',
        roles: ['approver'],
        distinctReviewer: true,
        notify: ['author'],
      },
      returnFor(['first-review', 'second-review', 'final-review'], ['reviewer', 'approver']),
      unpublishBy(['approver']),
    ],
  },
  {
    name: '风险提示审核',
    description: '风险提示初审后即可发布；红色（特别严重）等级必须经签发人终审。',
    collections: ['risk-alerts'],
    states: [
      draft,
      { key: 'first-review', label: '初审', stage: 'review' },
      { key: 'final-review', label: '终审', stage: 'review' },
      published,
      returned,
      unpublished,
    ],
    transitions: [
      {
        key: 'submit',
        label: '提交审核',
        from: ['draft', 'returned', 'unpublished'],
        to: 'first-review',
        roles: ['editor', 'reviewer', 'approver'],
        notify: ['nextReviewers'],
        dueHours: 4,
      },
      {
        key: 'publish',
        label: '初审通过并发布',
        from: ['first-review'],
        to: 'published',
        roles: ['reviewer'],
        distinctReviewer: true,
        conditions: [{ field: 'level', operator: 'notEquals', value: 'red' }],
        notify: ['author'],
      },
      {
        key: 'to-final',
        label: '提交终审',
        from: ['first-review'],
        to: 'final-review',
        roles: ['reviewer'],
        distinctReviewer: true,
        notify: ['nextReviewers'],
        dueHours: 4,
      },
      {
        key: 'approve',
        label: '终审签发',
        from: ['final-review'],
        to: 'published',
        roles: ['approver'],
        distinctReviewer: true,
        notify: ['author'],
      },
      returnFor(['first-review', 'final-review'], ['reviewer', 'approver']),
      unpublishBy(['reviewer', 'approver']),
    ],
  },
  {
    name: '一审发布',
    description: '参考资料类内容：审核员审核通过即发布。',
    collections: ['countries', 'courseware', 'finance-products'],
    states: [
      draft,
      { key: 'review', label: '待审核', stage: 'review' },
      published,
      returned,
      unpublished,
    ],
    transitions: [
      {
        key: 'submit',
        label: '提交审核',
        from: ['draft', 'returned', 'unpublished'],
        to: 'review',
        roles: ['editor', 'reviewer', 'approver'],
        notify: ['nextReviewers'],
        dueHours: 48,
      },
      {
        key: 'publish',
        label: '审核通过并发布',
        from: ['review'],
        to: 'published',
        roles: ['reviewer', 'approver'],
        distinctReviewer: true,
        notify: ['author'],
      },
      returnFor(['review'], ['reviewer', 'approver']),
      unpublishBy(['reviewer', 'approver']),
    ],
  },
  {
    name: '服务商提交 → 中心审核 → 服务商发布',
    description:
      '服务商维护自己的资料：提交后由服务中心审核，通过后由服务商自行发布。服务商账号上线前，由编辑代为提交和发布。',
    collections: ['providers'],
    states: [
      draft,
      { key: 'centre-review', label: '中心审核', stage: 'review' },
      { key: 'approved', label: '审核通过待发布', stage: 'review' },
      published,
      returned,
      unpublished,
    ],
    transitions: [
      {
        key: 'submit',
        label: '提交中心审核',
        from: ['draft', 'returned', 'unpublished'],
        to: 'centre-review',
        roles: ['editor'],
        notify: ['nextReviewers'],
        dueHours: 72,
      },
      {
        key: 'approve',
        label: '审核通过',
        from: ['centre-review'],
        to: 'approved',
        roles: ['serviceStaff', 'reviewer'],
        notify: ['author'],
      },
      { key: 'publish', label: '发布', from: ['approved'], to: 'published', roles: ['editor'] },
      returnFor(['centre-review', 'approved'], ['serviceStaff', 'reviewer']),
      unpublishBy(['serviceStaff', 'reviewer', 'editor']),
    ],
  },
]

/** Creates the default workflows that do not exist yet (matched by name). */
export async function ensureDefaultWorkflows(
  payload: Payload,
  req?: PayloadRequest,
): Promise<number> {
  let created = 0
  for (const workflow of DEFAULT_WORKFLOWS) {
    const existing = await payload.count({
      collection: 'workflows',
      where: { name: { equals: workflow.name } },
      req,
      overrideAccess: true,
    })
    if (existing.totalDocs) continue
    // A collection already given to another workflow by an administrator stays there.
    const taken = await payload.find({
      collection: 'workflows',
      where: { collections: { in: workflow.collections } },
      depth: 0,
      limit: 100,
      req,
      overrideAccess: true,
    })
    const used = new Set(taken.docs.flatMap((doc) => (doc.collections ?? []) as string[]))
    await payload.create({
      collection: 'workflows',
      data: {
        ...workflow,
        collections: workflow.collections.filter((slug) => !used.has(slug)),
      } as never,
      req,
      overrideAccess: true,
    })
    created++
  }
  return created
}
