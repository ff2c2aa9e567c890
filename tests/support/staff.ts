// New staff accounts for tests that log in themselves: created by the system admin, given a role by the
// security admin (三权分立), with a password the owner must change at first login.
import { randomBytes } from 'node:crypto'
import type { Role } from '../../cms/access/roles.ts'
import { restAs } from './rest.ts'

export type Staff = { id: string; email: string; password: string }

export const strongPassword = () => `Hq-${randomBytes(6).toString('hex')}#Q`

export async function newStaff(role: Role, label = 'staff'): Promise<Staff> {
  const email = `${label}-${randomBytes(4).toString('hex')}@haiqiao.local`
  const password = strongPassword()
  const created = await (
    await restAs('sysadmin@haiqiao.local')
  ).post('/users', { email, name: '测试人员', password })
  if (created.status !== 201)
    throw new Error(`建账号失败：${created.status} ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const granted = await (
    await restAs('secadmin@haiqiao.local')
  ).patch(`/users/${doc.id}`, { roles: [role] })
  if (granted.status !== 200) throw new Error(`授权失败：${granted.status} ${await granted.text()}`)
  return { id: doc.id, email, password }
}
