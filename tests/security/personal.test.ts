// Personal data (the staff mobile number as the first user of the component): only ciphertext and a blind
// index in the row, masked in every answer, exact search through the index, clear value only with a purpose
// for the roles allowed, and every clear read in the audit log.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { validIdNumber } from '../../cms/lib/personal/kinds.ts'
import { restAs, type Rest } from '../support/rest.ts'
import { newStaff } from '../support/staff.ts'

let db: pg.Pool
let sysadmin: Rest
beforeAll(async () => {
  db = new pg.Pool({ connectionString: inject('haiqiao').databaseUrl, max: 2 })
  sysadmin = await restAs('sysadmin@haiqiao.local')
})
afterAll(() => db.end())

type Doc = { id: string; name: string; phone: string | null }
const read = async (client: Rest, path: string) => {
  const res = await client.get(path)
  return {
    status: res.status,
    body: (await res.json()) as Doc & {
      docs?: Doc[]
      errors?: { message: string; data?: { errors?: { message: string }[] } }[]
    },
  }
}

describe('个人信息保护', () => {
  it('数据库行里只有密文和盲索引，没有明文列', async () => {
    const staff = await newStaff('editor', 'phone')
    expect((await sysadmin.patch(`/users/${staff.id}`, { phone: '138 1234 5678' })).status).toBe(
      200,
    )
    const {
      rows: [row],
    } = await db.query('SELECT * FROM users WHERE id = $1', [staff.id])
    expect(row.phone_cipher).toMatch(/^hq1\./)
    expect(row.phone_index).toMatch(/^v\d+:[0-9a-f]{64}$/)
    expect('phone' in row).toBe(false)
    expect(JSON.stringify(row)).not.toContain('12345678')
  })

  it('接口输出脱敏；按手机号精确查找走盲索引；只改姓名不影响已存号码', async () => {
    const staff = await newStaff('editor', 'mask')
    await sysadmin.patch(`/users/${staff.id}`, { phone: '13987654321' })
    expect((await read(sysadmin, `/users/${staff.id}`)).body.phone).toBe('139****4321')
    const found = await read(sysadmin, '/users?where[phone][equals]=13987654321')
    expect(found.body.docs?.map((doc) => doc.id)).toEqual([staff.id])
    expect(
      (await sysadmin.patch(`/users/${staff.id}`, { name: '改名后', phone: '139****4321' })).status,
    ).toBe(200)
    expect(
      (
        await read(
          sysadmin,
          `/users/${staff.id}?reveal=phone&purpose=${encodeURIComponent('核对联系方式')}`,
        )
      ).body.phone,
    ).toBe('13987654321')
    const graphql = await sysadmin.graphql('query($id: String!) { User(id: $id) { phone } }', {
      id: staff.id,
    })
    expect(graphql.data?.User).toEqual({ phone: '139****4321' })
  })

  it('查看明文须说明用途，只有系统管理员和本人可以查看，每次查看写入审计', async () => {
    const staff = await newStaff('editor', 'reveal')
    await sysadmin.patch(`/users/${staff.id}`, { phone: '13700001111' })
    const noPurpose = await read(sysadmin, `/users/${staff.id}?reveal=phone`)
    expect(noPurpose.status).toBe(400)
    expect(JSON.stringify(noPurpose.body)).toContain('须说明用途')
    const secadmin = await restAs('secadmin@haiqiao.local')
    expect((await read(secadmin, `/users/${staff.id}?reveal=phone&purpose=x`)).status).toBe(403)
    expect((await read(secadmin, `/users/${staff.id}`)).body.phone).toBe('137****1111')

    const purpose = `电话回访-${Date.now()}`
    expect(
      (
        await read(
          sysadmin,
          `/users/${staff.id}?reveal=phone&purpose=${encodeURIComponent(purpose)}`,
        )
      ).body.phone,
    ).toBe('13700001111')
    const auditor = await restAs('auditor@haiqiao.local')
    const records = (await (
      await auditor.get(
        `/audit-log?where[event][equals]=personal.reveal&where[objectId][equals]=${staff.id}`,
      )
    ).json()) as { docs: { reason: string; actorRoles: string }[] }
    expect(records.docs).toHaveLength(1)
    expect(records.docs[0]).toMatchObject({
      actorRoles: 'systemAdmin',
      reason: `手机号码：${purpose}`,
    })
  })

  it('格式错误的号码被拒绝，提示中文原因；清空后不留密文', async () => {
    const staff = await newStaff('editor', 'invalid')
    const bad = await sysadmin.patch(`/users/${staff.id}`, { phone: '12345' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('手机号码格式不正确')
    await sysadmin.patch(`/users/${staff.id}`, { phone: '13600002222' })
    await sysadmin.patch(`/users/${staff.id}`, { phone: '' })
    const {
      rows: [row],
    } = await db.query('SELECT phone_cipher, phone_index FROM users WHERE id = $1', [staff.id])
    expect(row).toEqual({ phone_cipher: null, phone_index: null })
  })

  it('身份证号码校验位按 GB 11643 计算', () => {
    expect(validIdNumber('11010519491231002X')).toBe(true)
    expect(validIdNumber('110105194912310021')).toBe(false)
    expect(validIdNumber('1101051949123100')).toBe(false)
  })
})
