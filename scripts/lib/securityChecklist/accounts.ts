// 数字空间接入安全自查（招标文件 3.4.5），账号管理：第 3–12 项。
import { ACCESS, AUDIT, ID, LOGIN_E2E, REPLAY, t, type ChecklistItem } from './item.ts'

export const ACCOUNT_ITEMS: ChecklistItem[] = [
  {
    id: '3',
    risk: '中',
    title: '账号异常登录巡检',
    status: 'tests',
    tests: [t(ID, '连续 5 次失败锁定'), t(AUDIT, '登录失败与配置修改也被记录')],
  },
  {
    id: '4',
    risk: '低',
    title: '账号台账，明确持有人',
    status: 'tests',
    tests: [t(ACCESS, '系统管理员能看到全部')],
  },
  {
    id: '5',
    risk: '中',
    title: '账号清理、弱口令排查、离职回收',
    status: 'tests',
    tests: [
      t(ID, '弱口令在建账号时被拒绝'),
      t(ID, '不能重用最近 5 次的密码'),
      t(ID, '账号 30 天未使用'),
    ],
  },
  {
    id: '6',
    risk: '高',
    title: '账号口令加密存储，禁止明文',
    status: 'tests',
    tests: [t(ID, '数据库只存 PBKDF2-HMAC-SM3 口令哈希')],
  },
  {
    id: '7',
    risk: '中',
    title: '账号审批与权限分配记录',
    status: 'tests',
    tests: [t(AUDIT, '登录与内容变更被记录'), t(ACCESS, '安全管理员授权但不能给自己授权')],
  },
  {
    id: '8',
    risk: '中',
    title: '控制超级管理员数量',
    status: 'tests',
    tests: [
      t(ACCESS, '同一账号不能兼任两个管理员角色'),
      t(ID, '系统管理员只能通过一次性初始化创建'),
    ],
    note: '没有超级管理员角色：三权分立',
  },
  {
    id: '9',
    risk: '高',
    title: '强口令；删除测试账号',
    status: 'tests',
    tests: [t(ID, '弱口令在建账号时被拒绝'), t(ID, '系统管理员只能通过一次性初始化创建')],
  },
  {
    id: '10',
    risk: '中',
    title: '最小授权，控制系统管理员数量',
    status: 'tests',
    tests: [
      t(ACCESS, '编辑只能看到自己的账号'),
      t(ACCESS, '匿名用户、服务人员、审计管理员不能写内容'),
      t(ID, '越权尝试（GraphQL）'),
    ],
  },
  {
    id: '11',
    risk: '中',
    title: '清除超 1 个月未用、72 小时未改初始密码的账号',
    status: 'tests',
    tests: [t(ID, '初始密码 72 小时内未修改')],
    note: '到期即停用（不删除，保留审计关联），系统管理员重设密码后恢复',
  },
  {
    id: '12',
    risk: '高',
    title: '后台强认证（双因子），限制尝试次数',
    status: 'tests',
    tests: [
      t(ID, '只有口令拿不到会话'),
      t(ID, '连续 5 次失败锁定'),
      t(ID, '同一 IP 失败过多'),
      t(LOGIN_E2E, '新同事'),
      t(REPLAY, '同一挑战配下一个验证码'),
    ],
  },
]
