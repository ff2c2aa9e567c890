// Deny by default (issue 15 §1): no collection or global of the built config — ours, our plugins' or the ones
// Payload adds itself — leaves an access operation to Payload's default ("any signed-in account"), and
// unlocking an account belongs to the system admin alone and is audited, over REST and GraphQL.
import pg from 'pg'
import { buildConfig, type Config, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { post } from '../support/login.ts'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { newStaff } from '../support/staff.ts'

const { cmsUrl, databaseUrl, payloadSecret } = inject('haiqiao')

/** Every access operation Payload 3.90 reads from a collection's or a global's config. */
const COLLECTION_OPERATIONS = [
  'admin',
  'create',
  'read',
  'update',
  'delete',
  'readVersions',
  'unlock',
] as const
const GLOBAL_OPERATIONS = ['read', 'update', 'readVersions'] as const
const JOB_OPERATIONS = ['run', 'queue', 'cancel'] as const

type Rules = Record<string, unknown>

/** The functions Payload fills in where a config says nothing: read off a config that says nothing. */
async function payloadDefaults(): Promise<Set<unknown>> {
  // No database: building (sanitising) a config does not connect to one.
  const bare = await buildConfig({
    secret: 'defaults-probe',
    collections: [
      { slug: 'probe-accounts', auth: true, fields: [] },
      { slug: 'probe', fields: [] },
    ],
    globals: [{ slug: 'probe-global', fields: [] }],
  } as Omit<Config, 'db'> as Config)
  const rules: Rules[] = [
    ...bare.collections.map((c) => c.access as Rules),
    ...bare.globals.map((g) => g.access as Rules),
    bare.jobs.access as Rules,
  ]
  return new Set(
    rules.flatMap((rule) => Object.values(rule)).filter((value) => typeof value === 'function'),
  )
}

/** `slug.operation` for every operation left unset (Payload then asks only for a signed-in user) or at Payload's default. */
function leftToDefault(config: SanitizedConfig, defaults: Set<unknown>): string[] {
  const unset = (owner: string, rules: Rules | undefined, operations: readonly string[]) =>
    operations
      .filter((op) => typeof rules?.[op] !== 'function' || defaults.has(rules[op]))
      .map((op) => `${owner}.${op}`)
  return [
    ...config.collections.flatMap((c) => unset(c.slug, c.access as Rules, COLLECTION_OPERATIONS)),
    ...config.globals.flatMap((g) =>
      unset(`global:${g.slug}`, g.access as Rules, GLOBAL_OPERATIONS),
    ),
    ...unset('jobs', config.jobs.access as Rules | undefined, JOB_OPERATIONS),
  ]
}

describe('访问规则默认拒绝：构建后的配置逐项检查', () => {
  it('每个集合（含插件和 Payload 自带的）和全局配置的每种操作都有明确的访问规则，没有一项沿用 Payload 的默认规则', async () => {
    // Payload's defaults first, from a config untouched by ours.
    const defaults = await payloadDefaults()
    process.env.PAYLOAD_SECRET ??= payloadSecret
    const { default: built } = await import('../../payload.config.ts')
    const config = await built
    const slugs = config.collections.map((c) => c.slug)
    // The walk covers our plugins' collections and Payload's own.
    for (const slug of [
      'users',
      'articles',
      'workflows',
      'workflow-history',
      'workflow-schedules',
      'sensitive-words',
      'safety-scans',
      'payload-preferences',
      'payload-locked-documents',
      'payload-migrations',
    ]) {
      expect(slugs).toContain(slug)
    }
    expect(defaults.size).toBeGreaterThan(0)
    expect(leftToDefault(config, defaults)).toEqual([])
  })
})

describe('Payload 自带的集合', () => {
  it('迁移记录只由服务器读写（本地 API 以工作人员身份也不行）；编辑锁对工作人员开放，匿名不可', async () => {
    let payload: Payload | undefined
    try {
      payload = await testPayload()
      const editor = await staffUser(payload, 'editor@haiqiao.local')
      await expect(
        payload.find({ collection: 'payload-migrations', user: editor, overrideAccess: false }),
      ).rejects.toThrow()
      await expect(
        payload.create({
          collection: 'payload-migrations',
          data: { name: 'forged', batch: 99 },
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
    } finally {
      if (payload) await closePayload(payload)
    }
    expect(
      (await (await restAs('editor@haiqiao.local')).get('/payload-locked-documents')).status,
    ).toBe(200)
    expect((await (await restAs()).get('/payload-locked-documents')).status).toBe(403)
  })
})

describe('编辑锁总以写入者的名义', () => {
  it('编辑新建或修改编辑锁时写上别人的名字（REST 与 GraphQL）：保存的仍是编辑本人', async () => {
    const editor = await restAs('editor@haiqiao.local')
    const idOf = async (rest: Awaited<ReturnType<typeof restAs>>) =>
      ((await (await rest.get('/users/me')).json()) as { user: { id: string } }).user.id
    const editorId = await idOf(editor)
    const secadminId = await idOf(await restAs('secadmin@haiqiao.local'))
    const auditorId = await idOf(await restAs('auditor@haiqiao.local'))
    const someoneElse = { relationTo: 'users', value: secadminId }
    const created = await editor.post('/payload-locked-documents', {
      user: someoneElse,
      document: { relationTo: 'users', value: auditorId },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as {
      doc: { id: string; user: { value: string | { id: string } } }
    }
    const holder = (lock: { user: { value: string | { id: string } } }) =>
      typeof lock.user.value === 'string' ? lock.user.value : lock.user.value.id
    expect(holder(doc)).toBe(editorId)
    const updated = (await (
      await editor.patch(`/payload-locked-documents/${doc.id}`, { user: someoneElse })
    ).json()) as { doc: { user: { value: string | { id: string } } } }
    expect(holder(updated.doc)).toBe(editorId)
    const viaGraphql = await editor.graphql(
      'mutation ($id: String!, $user: PayloadLockedDocumentUpdate_UserRelationshipInput) { updatePayloadLockedDocument(id: $id, data: { user: $user }) { user { value { ... on User { id } } } } }',
      { id: doc.id, user: { relationTo: 'users', value: secadminId } },
    )
    expect(viaGraphql.errors, JSON.stringify(viaGraphql.errors)).toBeUndefined()
    const stored = (await (
      await editor.get(`/payload-locked-documents/${doc.id}?depth=0`)
    ).json()) as { user: { value: string } }
    expect(holder(stored)).toBe(editorId)
    expect((await editor.del(`/payload-locked-documents/${doc.id}`)).status).toBe(200)
  })
})

describe('解除账号锁定只属于系统管理员，并写入审计', () => {
  let db: pg.Pool
  beforeAll(() => {
    db = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  })
  afterAll(() => db.end())

  const lockOut = async (email: string) => {
    for (let i = 0; i < 5; i++)
      await post(`${cmsUrl}/api/users/login`, { email, password: `Wrong-pass${i}` })
  }
  const lockedUntil = async (id: string) =>
    (
      await db.query<{ lock_until: Date | null }>('SELECT lock_until FROM users WHERE id = $1', [
        id,
      ])
    ).rows[0]!.lock_until
  const unlockRecords = async (id: string, result: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          "SELECT count(*) AS n FROM audit_log WHERE event = 'auth.unlock' AND object_id = $1 AND result = $2",
          [id, result],
        )
      ).rows[0]!.n,
    )

  it('编辑（REST 与 GraphQL）和匿名请求都不能解锁，拒绝被审计；系统管理员可以，成功也被审计', async () => {
    const staff = await newStaff('editor', 'unlock')
    await lockOut(staff.email)
    expect(await lockedUntil(staff.id)).not.toBeNull()

    const editor = await restAs('editor@haiqiao.local')
    const refused = await editor.post('/users/unlock', { email: staff.email })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('只有系统管理员可以解除账号锁定')
    const viaGraphql = await editor.graphql('mutation($e: String!) { unlockUser(email: $e) }', {
      e: staff.email,
    })
    expect(viaGraphql.data?.unlockUser ?? null).toBeNull()
    expect(viaGraphql.errors?.[0]?.message).toContain('系统管理员')
    expect((await (await restAs()).post('/users/unlock', { email: staff.email })).status).toBe(401)
    expect(new Date((await lockedUntil(staff.id))!).getTime()).toBeGreaterThan(Date.now())
    expect(await unlockRecords(staff.id, 'failure')).toBe(3)

    // Neither the security admin nor the audit admin unlocks: it is the system admin's duty.
    expect(
      (await (await restAs('secadmin@haiqiao.local')).post('/users/unlock', { email: staff.email }))
        .status,
    ).toBe(403)

    const unlocked = await (
      await restAs('sysadmin@haiqiao.local')
    ).post('/users/unlock', { email: staff.email })
    expect(unlocked.status).toBe(200)
    expect(await lockedUntil(staff.id)).toBeNull()
    expect(await unlockRecords(staff.id, 'success')).toBe(1)
  })
})
