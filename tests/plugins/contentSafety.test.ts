// The content-safety plugin on its own, as Payload's `test/plugin-*` suites test theirs: Payload with a
// minimal config (tests/support/pluginFixture.ts) — a `users` auth collection with roles, a `posts`
// collection with drafts, and the plugin with the fewest options (which collections it checks, who manages
// the dictionary) — on a fresh database, nothing of the host platform loaded. The plugin's core: the manager
// adds a dictionary word (an editor may not), the check endpoint finds it in a post at block level, the
// gate refuses to publish that post with the plugin's 409 error, and a clean post passes.
import {
  APIError,
  createLocalReq,
  type CollectionConfig,
  type Endpoint,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSafety, safetyGate, type GatedStep } from '../../plugins/content-safety/index.ts'
import { closeFixture, fixturePayload } from '../support/pluginFixture.ts'

const NAME = 'content_safety'
const WORD = '插件夹具禁词'

type User = { id: string; roles?: string[] | null }
const signedIn = ({ req }: { req: PayloadRequest }) => Boolean(req.user)

const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ['manager', 'editor'],
    },
  ],
}

const posts: CollectionConfig = {
  slug: 'posts',
  versions: { drafts: true },
  access: { read: signedIn, create: signedIn, update: signedIn, delete: () => false },
  fields: [
    { name: 'title', type: 'text', required: true, label: '标题' },
    { name: 'body', type: 'textarea', label: '正文' },
  ],
}

let payload: Payload
let manager: User
let editor: User

/** Calls the plugin's endpoint `path` as `user` with a JSON body, as Payload's REST handler would. */
async function call(path: string, user: User, body: unknown): Promise<Response> {
  const endpoint = (payload.config.endpoints as Endpoint[]).find(
    (candidate) => candidate.path === path && candidate.method === 'post',
  )
  if (!endpoint) throw new Error(`没有接口 ${path}`)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const text = JSON.stringify(body)
  req.headers = new Headers({
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  })
  req.json = async () => JSON.parse(text) as unknown
  return endpoint.handler(req)
}

/** The step the review workflow would hand the gate when `doc` is published. */
const publishing = (doc: Record<string, unknown>): GatedStep => ({
  collection: 'posts',
  id: String(doc.id),
  doc,
  transition: { key: 'publish', label: '发布' },
  from: { stage: 'review' },
  to: { stage: 'published' },
  override: false,
  scheduled: false,
})

const newPost = (title: string) =>
  payload.create({
    collection: 'posts' as never,
    data: { title, body: '正文内容。', _status: 'draft' } as never,
    overrideAccess: true,
    draft: true,
  }) as Promise<Record<string, unknown>>

beforeAll(async () => {
  payload = await fixturePayload(NAME, {
    collections: [users, posts],
    plugins: [
      contentSafety({
        collections: ['posts'],
        manage: ({ req }) => Boolean((req.user as User | null)?.roles?.includes('manager')),
      }),
    ],
  })
  const account = (email: string, roles: string[]) =>
    payload.create({
      collection: 'users' as never,
      data: { email, password: 'Fixture-Passw0rd!', roles } as never,
      overrideAccess: true,
    }) as unknown as Promise<User>
  manager = await account('manager@fixture.test', ['manager'])
  editor = await account('editor@fixture.test', ['editor'])
}, 180_000)

afterAll(async () => {
  if (payload) await closeFixture(payload, NAME)
})

describe('内容安全插件（最小配置，不含宿主平台）', () => {
  it('词库管理人员添加词条；编辑无权添加', async () => {
    const entry = (user: User) =>
      payload.create({
        collection: 'sensitive-words' as never,
        data: { word: WORD, listType: 'word', category: '测试', level: 'block' } as never,
        user: { ...user, collection: 'users' } as never,
        overrideAccess: false,
      })
    await expect(entry(editor)).rejects.toMatchObject({ status: 403 })
    expect(await entry(manager)).toMatchObject({ word: WORD, listType: 'word', level: 'block' })
  })

  it('检查接口在文章中找到该词，级别为“禁止”，并指出字段与位置', async () => {
    const post = await newPost(`关于${WORD}的说明`)
    const res = await call('/content-safety/check-document', editor, {
      collection: 'posts',
      id: String(post.id),
      data: post,
    })
    expect(res.status).toBe(200)
    const { findings } = (await res.json()) as {
      findings: { rule: string; level: string; field: string; found: string; offset: number }[]
    }
    expect(findings.map((f) => [f.rule, f.level, f.field, f.found, f.offset])).toEqual([
      ['sensitive', 'block', 'title', WORD, 2],
    ])

    const text = await call('/content-safety/check', editor, { text: `正文：${WORD}` })
    expect(((await text.json()) as { findings: { found: string }[] }).findings).toMatchObject([
      { found: WORD },
    ])
    // The check is for the plugin's collections only, and for signed-in staff.
    const other = await call('/content-safety/check-document', editor, {
      collection: 'users',
      data: {},
    })
    expect(other.status).toBe(400)
    expect(await other.json()).toMatchObject({ error: { code: 'not_checked' } })
  })

  it('流转拦截：含“禁止”级别问题的文章不能发布（409 content_blocked）；没有问题的文章通过', async () => {
    const gate = safetyGate()
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, payload)
    const blocked = await newPost(`${WORD}出现在标题中`)
    const refusal = await gate(req, publishing(blocked)).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(APIError)
    expect(refusal).toMatchObject({ status: 409, data: { code: 'content_blocked' } })
    expect((refusal as APIError).message).toContain(`“标题”第 1 字“${WORD}”`)

    const clean = await newPost('一篇没有问题的文章')
    await expect(gate(req, publishing(clean))).resolves.toBeUndefined()
  })
})
