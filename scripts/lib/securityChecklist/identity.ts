// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），身份鉴别与账号（A1–A7）。
import { ACCESS, ID, LOGIN_E2E, t, type ChecklistItem, PASSWORDS, MFA, SESSIONS } from './item.ts'

export const IDENTITY_ITEMS: ChecklistItem[] = [
  {
    id: 'A1',
    title: '口令复杂度、90 天过期、不重用最近 5 次',
    status: 'tests',
    tests: [t(PASSWORDS, '不能重用最近 5 次的密码'), t(PASSWORDS, '弱口令在建账号时被拒绝')],
  },
  {
    id: 'A2',
    title: '5 次失败锁定 30 分钟 + 按 IP 限流 + 统一提示 + 审计',
    status: 'tests',
    tests: [t(ID, '连续 5 次失败锁定'), t(SESSIONS, '同一 IP 失败过多')],
  },
  {
    id: 'A3',
    title: '空闲超时、最长会话、退出失效、管理员可终止会话',
    status: 'tests',
    tests: [
      t(SESSIONS, '空闲超过时限会话失效'),
      t(ID, '退出后会话立即失效'),
      t(MFA, '系统管理员可以重置他人的动态验证码'),
    ],
  },
  {
    id: 'A4',
    title: '全员双因素（TOTP），恢复码哈希存储',
    status: 'tests',
    tests: [
      t(MFA, '只有口令拿不到会话'),
      t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3'),
      t(LOGIN_E2E, '新同事'),
    ],
  },
  {
    id: 'A5',
    title: '三权分立；不能改自己的权限；不能兼任',
    status: 'tests',
    tests: [
      t(ACCESS, '安全管理员授权但不能给自己授权'),
      t(ACCESS, '同一账号不能兼任两个管理员角色'),
    ],
  },
  {
    id: 'A6',
    title: '无默认账号；初始化强制设口令与双因素',
    status: 'tests',
    tests: [t(ID, '系统管理员只能通过一次性初始化创建'), t(PASSWORDS, '新账号须绑定动态验证码')],
  },
  {
    id: 'A7',
    title: '沉默账号自动停用',
    status: 'tests',
    tests: [t(PASSWORDS, '账号 30 天未使用')],
  },
]
