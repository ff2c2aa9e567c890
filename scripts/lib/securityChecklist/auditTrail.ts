// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），安全审计（A10–A12）。
import {
  AUDIT,
  PERSONAL,
  RETENTION,
  t,
  TAMPER,
  type ChecklistItem,
  AUDIT_STORAGE,
  AUDIT_TX,
} from './item.ts'

export const AUDIT_ITEMS: ChecklistItem[] = [
  {
    id: 'A10',
    title: '审计覆盖登录、权限、配置、增删改、明文读取、导出',
    status: 'tests',
    tests: [
      t(AUDIT, '登录与内容变更被记录'),
      t(AUDIT, '登录失败与配置修改也被记录'),
      t(PERSONAL, '每次查看写入审计'),
      t(AUDIT, '导出本身被记录'),
    ],
    note: '个人信息明文读取、审计日志导出均被记录',
  },
  {
    id: 'A11',
    title: '审计只追加、HMAC-SM3 密钥链、SM2 检查点、库外锚点、篡改告警',
    status: 'tests',
    tests: [
      t(AUDIT_STORAGE, '数据库层拒绝'),
      t(AUDIT_STORAGE, 'CMS 服务以运行账号连接数据库'),
      t(AUDIT_STORAGE, '哈希链校验发现'),
      t(AUDIT_STORAGE, 'SM2 签名检查点'),
      t(RETENTION, '归档记录被伪造'),
      t(TAMPER, '删除最后一个检查点之后的记录'),
      t(TAMPER, '修改最新一条记录并重算 SM3 哈希链'),
      t(TAMPER, '删除全部记录和全部检查点'),
      t(TAMPER, '追加一条自行计算哈希的伪造记录'),
      t(TAMPER, '检查点是必需的'),
    ],
    note: '应用以非属主运行账号连接，不能清空审计表或关闭触发器；链用不在库内的审计密钥计算；最新链尾以 SM2 签名锚定在归档目录和日志服务器（syslog）；归档带 SM2 签名，链跨归档可校验；npm run audit:verify 发现问题以非零退出',
  },
  {
    id: 'A12',
    title: '审计写失败时拒绝操作',
    status: 'tests',
    tests: [t(AUDIT_TX, '审计记录写不进去时，操作被拒绝')],
    note: '审计记录在独立事务中写入：之后的步骤失败回滚时，记录仍在',
  },
]
