// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），访问控制与安全标记（A8–A9）。
import { ACCESS, DEFAULTS, ID, t, type ChecklistItem } from './item.ts'

export const ACCESS_CONTROL_ITEMS: ChecklistItem[] = [
  {
    id: 'A8',
    title: '水平与垂直越权（REST、GraphQL）',
    status: 'tests',
    tests: [
      t(ID, '越权尝试（GraphQL）'),
      t(ACCESS, '编辑只能看到自己的账号'),
      t(DEFAULTS, '都不能解锁'),
    ],
  },
  {
    id: 'A9',
    title: '文档安全标记及其完整性',
    status: 'todo',
    note: '安全标记随内容工作流议题实现',
  },
]
