// Who may be named to act on a document (issue 15 §1): assignees set by any save — REST, GraphQL, bulk update,
// Local API with a user, restoring a version — pass the transition endpoint's eligibility check, and a
// workflow cannot name an account that may not take review steps.
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { closePayload, staffUser, testPayload } from '../support/payload.ts'
import { restAs } from '../support/rest.ts'
import { draftArticle, transition } from '../support/workflow.ts'

const { databaseUrl } = inject('haiqiao')
let db: pg.Pool

beforeAll(() => {
  db = new pg.Pool({ connectionString: databaseUrl, max: 2 })
})
afterAll(() => db.end())

async function idOf(email: string): Promise<string> {
  const res = await (
    await restAs('sysadmin@haiqiao.local')
  ).get(`/users?where[email][equals]=${encodeURIComponent(email)}&limit=1`)
  return ((await res.json()) as { docs: { id: string }[] }).docs[0]!.id
}

const storedAssignees = async (id: string) => {
  const res = await (await restAs('editor@haiqiao.local')).get(`/articles/${id}?draft=true&depth=0`)
  return ((await res.json()) as { workflowAssignees?: string[] | null }).workflowAssignees ?? []
}

describe('处理人须有权办理当前环节（所有入口）', () => {
  it('编辑把审计管理员设为处理人：REST、GraphQL、批量修改、本地 API 都被拒绝（中文提示）；有权办理的审核员可以', async () => {
    const auditor = await idOf('auditor@haiqiao.local')
    const reviewer = await idOf('reviewer@haiqiao.local')
    const editor = await restAs('editor@haiqiao.local')
    const id = await draftArticle('处理人校验：各入口一致')

    const inDraft = await editor.patch(`/articles/${id}?draft=true`, {
      workflowAssignees: [reviewer],
    })
    expect(inDraft.status).toBe(400)
    expect(JSON.stringify(await inDraft.json())).toContain('不能指定处理人')

    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    const rest = await editor.patch(`/articles/${id}?draft=true`, { workflowAssignees: [auditor] })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(await rest.json())).toContain('指定的处理人无权办理')
    const graphql = await editor.graphql(
      'mutation($id: String!, $a: [String]) { updateArticle(id: $id, draft: true, data: { workflowAssignees: $a }) { id } }',
      { id, a: [auditor] },
    )
    expect(graphql.errors?.[0]?.message).toContain('处理人')
    await editor.patch(`/articles?draft=true&where[id][equals]=${id}`, {
      workflowAssignees: [auditor],
    })
    let payload: Payload | undefined
    try {
      payload = await testPayload()
      const user = await staffUser(payload, 'editor@haiqiao.local')
      await expect(
        payload.update({
          collection: 'articles',
          id,
          draft: true,
          data: { workflowAssignees: [auditor] },
          user,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/处理人/)
    } finally {
      if (payload) await closePayload(payload)
    }
    expect(await storedAssignees(id)).toEqual([])

    const eligible = await editor.patch(`/articles/${id}?draft=true`, {
      workflowAssignees: [reviewer],
    })
    expect(eligible.status).toBe(200)
    expect(await storedAssignees(id)).toEqual([reviewer])
  })

  it('恢复的历史版本中带有无权办理的处理人时，恢复被拒绝', async () => {
    const auditor = await idOf('auditor@haiqiao.local')
    const editor = await restAs('editor@haiqiao.local')
    const id = await draftArticle('处理人校验：恢复版本')
    expect((await transition(editor, 'articles', id, 'submit')).status).toBe(200)
    // The first version (the new draft), made to name the audit admin as an old or tampered record would.
    const versions = (await (
      await editor.get(`/articles/versions?where[parent][equals]=${id}&sort=updatedAt&limit=1`)
    ).json()) as { docs: { id: string }[] }
    const version = versions.docs[0]!.id
    await db.query(
      `INSERT INTO "_articles_v_rels" ("order", parent_id, path, users_id) VALUES (1, $1, 'version.workflowAssignees', $2)`,
      [version, auditor],
    )
    const restored = await editor.post(`/articles/versions/${version}?draft=true`, {})
    expect(restored.status).toBe(400)
    expect(JSON.stringify(await restored.json())).toContain('处理人')
    expect(await storedAssignees(id)).toEqual([])
  })

  it('审核流程中“可执行的人员”不能指定审计管理员等非内容岗位账号', async () => {
    const auditor = await idOf('auditor@haiqiao.local')
    const secadmin = await restAs('secadmin@haiqiao.local')
    const {
      docs: [workflow],
    } = (await (await secadmin.get('/workflows?where[name][equals]=三审三校&depth=0')).json()) as {
      docs: { id: string; transitions: { users?: string[] }[] }[]
    }
    const transitions = workflow!.transitions.map((t, i) =>
      i === 0 ? { ...t, users: [...(t.users ?? []), auditor] } : t,
    )
    const res = await secadmin.patch(`/workflows/${workflow!.id}`, { transitions })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('不能办理审核')
  })
})
