// Display names of staff accounts, for history, schedules and reminders.
import type { PayloadRequest } from 'payload'
import type { ResolvedOptions } from '../resolveOptions.ts'

/** Each account's name (else its email, else its id), by id; unknown ids are left out. */
export async function userNames(
  req: PayloadRequest,
  options: ResolvedOptions,
  ids: string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const { docs } = await req.payload.find({
    collection: options.usersSlug as 'users',
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    req,
    overrideAccess: true,
    select: { name: true, email: true } as never,
  })
  return new Map(
    (docs as unknown as { id: string; name?: string; email?: string }[]).map((user) => [
      String(user.id),
      user.name ?? user.email ?? String(user.id),
    ]),
  )
}
