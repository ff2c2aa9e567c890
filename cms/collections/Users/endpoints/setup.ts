// GET  /api/users/setup → { pending }: whether the first system administrator still has to be created.
// POST /api/users/setup  { code, name, email, password } → creates it, once, with the setup code from the key store.
// Parallel requests with the code take turns under a PostgreSQL advisory lock, whichever app server they reach,
// and only the first finds setup still pending.
import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { auditChange, requestContext, writeAudit } from '../../../lib/audit/writeAudit.ts'
import { inTransaction, query } from '../../../lib/db/sql.ts'
import { consumeSetupCode, setupCodeMatches, setupPending } from '../../../lib/auth/setupCode.ts'
import { ipThrottled, recordIpFailure } from '../../../lib/auth/throttle.ts'
import { clientIp } from '../../../lib/http/clientIp.ts'
import { sameOriginOnly } from '../../../lib/http/origin.ts'
import { problem, readJson, validationMessage } from '../../../lib/http/problem.ts'

const body = z.object({
  code: z.string().trim().min(1, '请输入初始化码').max(40),
  name: z.string().trim().min(1, '请输入姓名').max(40),
  email: z.string().trim().toLowerCase().email('邮箱格式不正确').max(200),
  password: z.string().min(1, '请输入密码').max(200),
})

const status: Endpoint = {
  path: '/setup',
  method: 'get',
  handler: async (req) =>
    Response.json(
      { pending: await setupPending(req.payload) },
      { headers: { 'Cache-Control': 'no-store' } },
    ),
}

const SETUP_DONE = '系统已完成初始化，请使用系统管理员账号登录'

/** A wrong setup code: counts toward the client IP's budget, is audited, answers 403 wrong_setup_code. */
async function refuseSetupCode(req: PayloadRequest, ip: string): Promise<Response> {
  await recordIpFailure(req.payload, ip)
  await writeAudit(req.payload, {
    ...requestContext(req),
    event: 'system.setup',
    result: 'failure',
    objectType: 'users',
    reason: 'wrong-setup-code',
  })
  return problem(
    403,
    'wrong_setup_code',
    '初始化码不正确（见 npm start 的输出或密钥库中的 setup-code 文件）',
  )
}

/** Creates the first system administrator with its audit record, or null when another request was first. */
const createFirstAdmin = (req: PayloadRequest, account: Omit<z.infer<typeof body>, 'code'>) =>
  inTransaction(req, async () => {
    await query(req, sql`SELECT pg_advisory_xact_lock(hashtext('haiqiao.setup'))`)
    if (!(await setupPending(req.payload, req))) return null
    const created = await req.payload.create({
      collection: 'users',
      req,
      overrideAccess: true,
      data: {
        ...account,
        roles: ['systemAdmin'],
        department: '信息中心',
        mustChangePassword: false,
      },
    })
    await auditChange(req, {
      ...requestContext(req),
      event: 'system.setup',
      result: 'success',
      objectType: 'users',
      objectId: created.id,
    })
    return created
  })

const create: Endpoint = {
  path: '/setup',
  method: 'post',
  handler: sameOriginOnly(async (req) => {
    if (!(await setupPending(req.payload))) return problem(409, 'setup_done', SETUP_DONE)
    const ip = clientIp(req.headers)
    if (await ipThrottled(req.payload, ip))
      return problem(429, 'too_many_attempts', '尝试次数过多，请稍后再试')
    const parsed = body.safeParse(await readJson(req))
    if (!parsed.success)
      return problem(400, 'invalid_input', parsed.error.issues[0]?.message ?? '请填写完整')
    const { code, name, email, password } = parsed.data
    if (!setupCodeMatches(code)) return refuseSetupCode(req, ip)
    try {
      const user = await createFirstAdmin(req, { name, email, password })
      if (!user) return problem(409, 'setup_done', SETUP_DONE)
      consumeSetupCode()
      return Response.json(
        { message: '系统管理员已创建，请登录并绑定动态验证码（双因素认证）', id: user.id },
        { status: 201 },
      )
    } catch (error) {
      const message = validationMessage(error)
      if (message) return problem(400, 'invalid_input', message)
      throw error
    }
  }),
}

export const setupEndpoints: Endpoint[] = [status, create]
