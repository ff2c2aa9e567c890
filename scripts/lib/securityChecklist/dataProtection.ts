// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），数据完整性、保密性、备份与个人信息（A16–A20）。
import { CRYPTO, ID, PERSONAL, t, type ChecklistItem, PASSWORDS } from './item.ts'

export const DATA_PROTECTION_ITEMS: ChecklistItem[] = [
  {
    id: 'A16',
    title: '角色等关键数据 HMAC-SM3 完整性标签，SQL 篡改被发现',
    status: 'tests',
    tests: [t(ID, '直接用 SQL 给账号加角色')],
  },
  {
    id: 'A17',
    title: '敏感字段 SM4 加密存储',
    status: 'tests',
    tests: [
      t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3'),
      t(PERSONAL, '数据库行里只有密文和盲索引'),
      t(CRYPTO, 'SM4'),
    ],
  },
  { id: 'A18', title: '加密备份与恢复演练', status: 'todo' },
  { id: 'A19', title: '日志不含秘密', status: 'todo' },
  {
    id: 'A20',
    title: '个人信息登记、脱敏、读取审计、保留期',
    status: 'todo',
    note: '加密、盲索引、脱敏与明文读取审计已实现（lib/personal）；字段用途登记与保留期清理未实现',
  },
]
