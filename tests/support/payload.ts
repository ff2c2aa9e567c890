// The Local API inside a test file, on the shared test database.
import type { Payload } from 'payload'
import { inject } from 'vitest'
import type { User } from '../../payload-types.ts'
import { closePayload, openPayload } from '../../scripts/lib/payloadInstance.ts'
import './context.ts'

export async function testPayload(): Promise<Payload> {
  const { databaseUrl, payloadSecret } = inject('haiqiao')
  return openPayload(databaseUrl, payloadSecret)
}

export { closePayload }

/** The demo account of a role, as a user object for Local API calls with `user` and `overrideAccess: false`. */
export async function staffUser(payload: Payload, email: string): Promise<User> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  if (!docs[0]) throw new Error(`测试账号不存在: ${email}`)
  return { ...docs[0], collection: 'users' } as User
}
