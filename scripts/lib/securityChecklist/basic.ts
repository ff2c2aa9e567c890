// 数字空间接入安全自查（招标文件 3.4.5），基础安全：第 1–2 项。
import { OPS, type ChecklistItem } from './item.ts'

export const BASIC_ITEMS: ChecklistItem[] = [
  {
    id: '1',
    risk: '中',
    title: '后台、数据库、应用服务器防火墙白名单',
    status: 'na',
    note: `${OPS}；各服务默认只监听 127.0.0.1`,
  },
  {
    id: '2',
    risk: '高',
    title: '代码与配置不上传互联网；不私建共享',
    status: 'static',
    staticCheck: 'no-secrets-in-repo',
    note: '开源项目：仓库中不得有密钥、口令、密钥库',
  },
]
