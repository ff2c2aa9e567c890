// The review-workflow plugin on its own, against a minimal config (as Payload's test/plugin-* suites run
// theirs): a `users` auth collection with roles, one `posts` collection with drafts, and the plugin with the
// fewest options. A draft goes through submit → approve → published through the plugin's transition
// endpoint; a step by the wrong role is refused with the plugin's 4xx answer; the history records each step.
import { createLocalReq, type CollectionConfig, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewWorkflow } from '../../plugins/review-workflow/index.ts'
import { closeFixture, fixturePayload } from '../support/pluginFixture.ts'

const FIXTURE = 'review_workflow'

type Account = { id: string; collection: 'users' } & Record<string, unknown>

const signedIn = ({ req }: { req: { user?: unknown } }) => Boolean(req.user)

const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ['author', 'reviewer'],
    },
  ],
}

const posts: CollectionConfig = {
  slug: 'posts',
  versions: { drafts: true },
  access: { read: signedIn, create: signedIn, update: signedIn },
  fields: [{ name: 'title', type: 'text', required: true }],
}

const hasRole = (user: unknown, role: string) =>
  ((user as { roles?: string[] } | null)?.roles ?? []).includes(role)

let payload: Payload
let author: Account
let reviewer: Account

beforeAll(async () => {
  payload = await fixturePayload(FIXTURE, {
    collections: [users, posts],
    plugins: [
      reviewWorkflow({
        collections: ['posts'],
        roles: {
          author: { zh: '作者', en: 'Author' },
          reviewer: { zh: '审核员', en: 'Reviewer' },
        },
        manage: ({ req }) => hasRole(req.user, 'reviewer'),
      }),
    ],
  })
  const account = async (name: string, role: string): Promise<Account> => {
    const user = await payload.create({
      collection: 'users' as never,
      data: {
        name,
        email: `${role}@fixture.test`,
        password: 'fixture-password-1',
        roles: [role],
      } as never,
    })
    return { ...(user as unknown as Account), collection: 'users' }
  }
  author = await account('作者甲', 'author')
  reviewer = await account('审核员乙', 'reviewer')
  await payload.create({
    collection: 'workflows' as never,
    data: {
      name: '一审发布',
      collections: ['posts'],
      states: [
        { key: 'draft', label: '草稿', stage: 'draft' },
        { key: 'review', label: '待审核', stage: 'review' },
        { key: 'published', label: '已发布', stage: 'published' },
      ],
      transitions: [
        { key: 'submit', label: '提交审核', from: ['draft'], to: 'review', roles: ['author'] },
        {
          key: 'approve',
          label: '审核通过',
          from: ['review'],
          to: 'published',
          roles: ['reviewer'],
        },
      ],
    } as never,
  })
})

afterAll(async () => {
  if (payload) await closeFixture(payload, FIXTURE)
})

/** POST /api/posts/:id/transition through the plugin's own endpoint handler, as `user`. */
async function transition(user: Account, id: string, body: Record<string, unknown>) {
  const collections = payload.collections as Record<string, { config: { endpoints: unknown } }>
  const endpoints = (collections.posts!.config.endpoints || []) as Endpoint[]
  const endpoint = endpoints.find((e) => e.path === '/:id/transition' && e.method === 'post')!
  const req = await createLocalReq({ user: user as never }, payload)
  req.routeParams = { id }
  req.json = async () => body
  const res = await endpoint.handler(req)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

/** The post's latest version (draft included), as the plugin reads it. */
const latest = (id: string) =>
  payload.findByID({
    collection: 'posts' as never,
    id,
    draft: true,
    depth: 0,
  }) as unknown as Promise<{
    updatedAt: string
    workflowState: string
    _status: string
  }>

describe('审核流程插件（最小配置，不依赖宿主平台）', () => {
  it('草稿经“提交审核 → 审核通过”发布；角色不符的流转以 4xx 拒绝；每一步都记入流转记录', async () => {
    const created = (await payload.create({
      collection: 'posts' as never,
      data: { title: '最小配置中的一篇草稿' } as never,
      draft: true,
      user: author as never,
      overrideAccess: false,
    })) as unknown as { id: string }
    const id = String(created.id)
    expect(await latest(id)).toMatchObject({ workflowState: 'draft', _status: 'draft' })

    const submitted = await transition(author, id, {
      transition: 'submit',
      version: (await latest(id)).updatedAt,
      comment: '请审核。',
    })
    expect(submitted).toMatchObject({ status: 200, body: { state: 'review', status: 'draft' } })

    // The author may not approve: the plugin refuses with its own error shape, and nothing changes.
    const refused = await transition(author, id, {
      transition: 'approve',
      version: (await latest(id)).updatedAt,
    })
    expect(refused).toEqual({
      status: 403,
      body: { error: { code: 'not_permitted', message: '您没有执行“审核通过”的权限' } },
    })
    expect(await latest(id)).toMatchObject({ workflowState: 'review', _status: 'draft' })

    const approved = await transition(reviewer, id, {
      transition: 'approve',
      version: (await latest(id)).updatedAt,
      comment: '同意发布。',
    })
    expect(approved).toMatchObject({
      status: 200,
      body: { state: 'published', status: 'published' },
    })
    const live = await payload.findByID({ collection: 'posts' as never, id, depth: 0 })
    expect(live).toMatchObject({ _status: 'published', workflowState: 'published' })

    const history = await payload.find({
      collection: 'workflow-history' as never,
      where: { documentId: { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(
      (history.docs as unknown as Record<string, unknown>[]).map((entry) => [
        entry.transition,
        entry.from,
        entry.to,
        entry.actor,
        entry.comment,
      ]),
    ).toEqual([
      ['submit', 'draft', 'review', author.id, '请审核。'],
      ['approve', 'review', 'published', reviewer.id, '同意发布。'],
    ])
  })
})
