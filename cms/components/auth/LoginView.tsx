// The admin's login view (replaces Payload's): our multi-step login with a second factor, and the one-time
// setup of the first system administrator while none exists.
import type { AdminViewServerProps } from 'payload'
import { setupPending } from '../../lib/auth/setupCode.ts'
import { LoginFlow } from './LoginFlow.tsx'

/** Only paths inside the admin: never an open redirect. */
const safeRedirect = (value: unknown, adminRoute: string) =>
  typeof value === 'string' && value.startsWith(`${adminRoute}`) && !value.startsWith('//')
    ? value
    : adminRoute

export async function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  return (
    <LoginFlow
      setupPending={await setupPending(req.payload)}
      redirect={safeRedirect(searchParams?.redirect, adminRoute)}
      api={`${req.payload.config.routes.api}/users`}
    />
  )
}
