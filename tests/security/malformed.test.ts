// Malformed requests over every route (tests/support/malformed.ts, fixed seed, bounded count): whatever the
// input, no answer is a 5xx, none shows a stack trace or an internal path, every CMS error is
// { error: { code, message } } with a Chinese message, and every portal page refusing input is a 4xx page.
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { KINDS_READ, KINDS_WRITE, malformedRequests, type Probe } from '../support/malformed.ts'
import { cmsRoutes, siteRoutes, type Route } from '../support/malformedRoutes.ts'
import { closePayload, testPayload } from '../support/payload.ts'
import { rawRequest, type RawResponse } from '../support/rawHttp.ts'

const SEED = 20261203
const COUNT = 900
/** Requests in flight at once: enough to finish well within the timeout on a slow machine, few enough not to starve it. */
const PARALLEL = 4
const LEAKS = [
  /\n\s+at\s/,
  /\/work\//,
  /node_modules/,
  /\.tsx?:\d/,
  /\.m?js:\d/,
  /\bSELECT\b.*\bFROM\b/i,
  /invalid input syntax/i,
]
const HAN = /\p{Script=Han}/u

const { cmsUrl, siteUrl, sessions } = inject('haiqiao')
type Result = { probe: Probe; res: RawResponse }
let payload: Payload
let routes: Route[]
const results: Result[] = []

/** What is wrong with one answer, or undefined. */
function problemWith({ probe, res }: Result): string | undefined {
  if (res.status === 0) return `没有应答（${res.body}）`
  if (res.status >= 500) return `${res.status}`
  const leak = LEAKS.find((pattern) => pattern.test(res.body))
  if (leak) return `泄露内部信息 ${leak}`
  if (res.status < 400 || probe.method === 'HEAD') return undefined
  if (probe.server === 'site') return undefined
  let body: { error?: { code?: unknown; message?: unknown } } | undefined
  try {
    body = JSON.parse(res.body) as typeof body
  } catch {
    return `${res.status} 的应答不是 JSON：${res.body.slice(0, 80)}`
  }
  if (probe.path.startsWith('/api/graphql')) return undefined
  const { code, message } = body?.error ?? {}
  if (typeof code !== 'string' || typeof message !== 'string')
    return `${res.status} 的应答不是 { error: { code, message } }：${res.body.slice(0, 120)}`
  return HAN.test(message) ? undefined : `错误信息不是中文：${message.slice(0, 80)}`
}

const describeFailure = (result: Result, problem: string) =>
  `${problem} ← ${result.probe.method} ${result.probe.path.slice(0, 160)}${typeof result.probe.body === 'string' ? ` ${result.probe.body.slice(0, 80)}` : ''}`

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'articles',
    limit: 2,
    depth: 0,
    overrideAccess: true,
    draft: false,
  })
  const ids = docs.map((doc) => String(doc.id))
  routes = [
    ...cmsRoutes(payload.config),
    ...siteRoutes(path.resolve('site/src/pages')),
    { server: 'site', method: 'GET', path: '/search/', fields: [] },
  ]
  const probes = malformedRequests(routes, {
    seed: SEED,
    count: COUNT,
    ids,
    authorization: `JWT ${sessions['editor@haiqiao.local']}`,
    siteOrigin: siteUrl,
  })
  const queue = [...probes]
  const worker = async () => {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      results.push({
        probe,
        res: await rawRequest(probe.server === 'cms' ? cmsUrl : siteUrl, probe),
      })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
}, 900_000)
afterAll(() => closePayload(payload))

describe(`畸形请求：固定种子 ${SEED}，${COUNT} 个请求覆盖每个路由`, () => {
  it('路由取自构建后的配置与门户的按需页面，每个路由至少请求一次', () => {
    const paths = new Set(routes.map((route) => route.path))
    for (const expected of [
      '/api/articles/:id',
      '/api/users/verify/:id',
      '/api/site-data/:dataset',
      '/api/graphql',
      '/api/globals/site-settings',
      '/consult/',
      '/preview/:collection/:id/',
    ]) {
      expect(paths, expected).toContain(expected)
    }
    const covered = new Set(results.map((result) => result.probe.route))
    expect(routes.filter((route) => !covered.has(`${route.method} ${route.path}`))).toEqual([])
  })

  it.each([...new Set([...KINDS_READ, ...KINDS_WRITE])])(
    '%s：没有 5xx、堆栈或内部路径；管理后台的错误为中文 { error: { code, message } }',
    (kind) => {
      const ofKind = results.filter((result) => result.probe.kind === kind)
      expect(ofKind.length).toBeGreaterThan(0)
      const failures = ofKind.flatMap((result) => {
        const problem = problemWith(result)
        return problem ? [describeFailure(result, problem)] : []
      })
      expect(
        failures,
        `${failures.length} 个请求的应答有问题：\n${failures.slice(0, 40).join('\n')}`,
      ).toEqual([])
    },
  )
})
