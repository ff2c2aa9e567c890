// Sessions: a token lives `idleSeconds` after login or its last refresh (the admin UI refreshes while the user
// is active), and no refresh reaches past `maxSessionSeconds` after login. Payload's password operations
// (login, forgot/reset password) are refused: staff sign in through /api/users/login with a second factor.
import {
  APIError,
  jwtSign,
  getFieldsToSign,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type SanitizedCollectionConfig,
} from 'payload'
import { IDENTITY_POLICY } from '../../../lib/auth/policy.ts'

type RefreshHook = NonNullable<NonNullable<CollectionConfig['hooks']>['refresh']>[number]

export const refuseLocalPasswordOperations: CollectionBeforeOperationHook = ({
  args,
  operation,
}) => {
  if (operation === 'login')
    throw new APIError(
      '请通过管理平台登录页或 /api/users/login 登录（需要双因素认证）',
      403,
      { code: 'use_mfa_login' },
      true,
    )
  if (operation === 'forgotPassword' || operation === 'resetPassword') {
    throw new APIError(
      '工作人员密码不能自助找回，请联系系统管理员重置（重置后首次登录须修改密码）',
      403,
      { code: 'no_self_service_reset' },
      true,
    )
  }
  return args
}

export const capRefresh: RefreshHook = async ({ args, user }) => {
  const { req } = args
  const sid = (req.user as { _sid?: string } | null)?._sid
  const session = (
    user as { sessions?: { id: string; createdAt?: string | Date | null }[] }
  ).sessions?.find((s) => s.id === sid)
  const startedAt = session?.createdAt ? new Date(session.createdAt).getTime() : 0
  const remaining = Math.floor(
    (startedAt + IDENTITY_POLICY.maxSessionSeconds * 1000 - Date.now()) / 1000,
  )
  if (remaining <= 0)
    throw new APIError('会话已达到最长时限，请重新登录', 401, { code: 'session_max_age' }, true)
  const collectionConfig = args.collection.config as SanitizedCollectionConfig
  const { exp, token } = await jwtSign({
    fieldsToSign: getFieldsToSign({
      collectionConfig,
      email: user.email as string,
      sid,
      user: req.user,
    }),
    secret: req.payload.secret,
    tokenExpiration: Math.min(IDENTITY_POLICY.idleSeconds, remaining),
  })
  return {
    exp,
    refreshedToken: token,
    setCookie: true,
    strategy: (req.user as { _strategy?: string } | null)?._strategy,
    user,
  }
}
