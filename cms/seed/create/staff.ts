// The demo staff accounts, one per role, each with the password the caller chose.
import { DEMO_ACCOUNTS } from '../accounts.ts'
import type { SeedContext } from '../context.ts'

export async function createStaff(
  { payload, req, log }: SeedContext,
  passwordFor: (email: string) => string,
): Promise<void> {
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    await payload.create({
      req,
      collection: 'users',
      data: {
        email: account.email,
        name: account.name,
        department: account.department,
        roles: [account.role],
        password: passwordFor(account.email),
        phone: `1390000${String(1001 + i)}`,
      },
    })
  }
  log(`演示账号 ${DEMO_ACCOUNTS.length} 个`)
}
