// The runtime database role cuts off long statements: haiqiao_app sessions have a 10-second statement
// timeout and a 60-second idle-in-transaction timeout, and a cancelled statement, a bad database input and
// an unknown error answer 503, 400 and 500 with a Chinese message that gives no details.
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { describeError } from '../../cms/lib/http/describeError.ts'
import { HAN } from '../support/refused.ts'

const { runtimeDatabaseUrl } = inject('haiqiao')

describe('运行账号的语句超时', () => {
  it('haiqiao_app 会话的 statement_timeout 为 10 秒、idle_in_transaction_session_timeout 为 60 秒', async () => {
    const client = new pg.Client({ connectionString: runtimeDatabaseUrl })
    await client.connect()
    try {
      expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('10s')
      expect(
        (await client.query('SHOW idle_in_transaction_session_timeout')).rows[0]
          .idle_in_transaction_session_timeout,
      ).toBe('1min')
    } finally {
      await client.end()
    }
  })

  it('运行账号上超过 10 秒的语句被数据库终止，答 503 query_timeout（中文）', async () => {
    const client = new pg.Client({ connectionString: runtimeDatabaseUrl })
    await client.connect()
    try {
      const error: unknown = await client.query('SELECT pg_sleep(11)').then(
        () => undefined,
        (cancelled: unknown) => cancelled,
      )
      expect((error as { code?: string } | undefined)?.code).toBe('57014')
      const described = describeError(
        Object.assign(new Error('Failed query: SELECT pg_sleep(11)'), { cause: error }),
      )
      expect(described).toMatchObject({ status: 503, code: 'query_timeout' })
      expect(described.message).toMatch(HAN)
      expect(described.message).not.toMatch(/SELECT|pg_sleep/)
    } finally {
      await client.end()
    }
  }, 30_000)

  it('超时、数据库输入错误与未知错误分别答 503、400、500，消息为中文且不含细节', () => {
    const wrapped = (code: string) =>
      Object.assign(new Error('Failed query: select … from "articles"'), {
        cause: Object.assign(new Error('canceling statement'), { code }),
      })
    expect(describeError(wrapped('57014'))).toMatchObject({ status: 503, code: 'query_timeout' })
    expect(describeError(wrapped('22P02'))).toMatchObject({ status: 400, code: 'invalid_value' })
    expect(describeError(wrapped('42883'))).toMatchObject({ status: 400 })
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({
      status: 500,
      code: 'internal_error',
    })
    for (const code of ['57014', '22P02']) expect(describeError(wrapped(code)).message).toMatch(HAN)
  })
})
