// Issues a Payload session once our own checks (password, second factor) have passed: the session row, the
// JWT and the HttpOnly cookie are Payload's own, so the admin UI, `me`, refresh and logout work unchanged.
// (Payload's addSessionToUser rewrites the whole account row, which would undo what the login just stored.)
import {
  getFieldsToSign,
  jwtSign,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import type { User } from '../../../payload-types.ts'
import { addSession } from './userRow.ts'

export async function issueSession(
  req: PayloadRequest,
  user: User,
): Promise<{ token: string; exp: number; cookie: string }> {
  const collectionConfig = req.payload.collections.users.config as SanitizedCollectionConfig
  const tokenExpiration = collectionConfig.auth.tokenExpiration
  const sid = await addSession(req, user.id, tokenExpiration)
  const sessionUser = { ...user, collection: 'users' as const }
  const fieldsToSign = getFieldsToSign({
    collectionConfig,
    email: user.email,
    sid,
    user: sessionUser,
  })
  const { token, exp } = await jwtSign({
    fieldsToSign,
    secret: req.payload.secret,
    tokenExpiration,
  })
  const cookie = generatePayloadCookie({
    collectionAuthConfig: collectionConfig.auth,
    cookiePrefix: req.payload.config.cookiePrefix,
    token,
  })
  req.user = { ...sessionUser, _sid: sid, _strategy: 'local-jwt' } as PayloadRequest['user']
  return { token, exp, cookie }
}
