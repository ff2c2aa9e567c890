// The staff user a session token belongs to, as `GET /api/users/me` answers: null once the session is gone.
import { inject } from 'vitest'
import './context.ts'

/** `{ id, roles }` of the token's user on the CMS at `base` (the test run's server by default), or null. */
export const me = async (token: string, base = inject('haiqiao').cmsUrl) => {
  const res = await fetch(`${base}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return ((await res.json()) as { user: { id: string; roles?: string[] } | null }).user
}
