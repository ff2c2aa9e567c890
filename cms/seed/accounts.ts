// Demo staff accounts, one per role except the system admin, who is created only through the one-time setup
// (cms/lib/auth/setupCode.ts). Passwords are never in the repo: the caller supplies them.
import type { Role } from '../access/roles.ts'

export type DemoAccount = { email: string; name: string; role: Role; department: string }

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'editor@haiqiao.local', name: '王晓明', role: 'editor', department: '平台编辑部' },
  { email: 'reviewer@haiqiao.local', name: '李静', role: 'reviewer', department: '平台编辑部' },
  { email: 'reviewer2@haiqiao.local', name: '张华', role: 'reviewer', department: '平台编辑部' },
  { email: 'approver@haiqiao.local', name: '刘洋', role: 'approver', department: '中心办公室' },
  {
    email: 'service@haiqiao.local',
    name: '陈刚',
    role: 'serviceStaff',
    department: '企业服务中心',
  },
  { email: 'secadmin@haiqiao.local', name: '孙悦', role: 'securityAdmin', department: '信息中心' },
  { email: 'auditor@haiqiao.local', name: '周敏', role: 'auditAdmin', department: '审计室' },
]
