// 数字空间接入安全自查（招标文件 3.4.5），服务器管理：第 13–16 项。
import { ID, OPS, t, type ChecklistItem, SESSIONS } from './item.ts'

export const SERVER_ITEMS: ChecklistItem[] = [
  { id: '13', risk: '高', title: '主机安全软件与补丁', status: 'na', note: OPS },
  { id: '14', risk: '高', title: '运维台账加密存储', status: 'na', note: OPS },
  {
    id: '15',
    risk: '中',
    title: '客户端与后台不保存密码',
    status: 'tests',
    tests: [t(SESSIONS, '空闲超过时限会话失效'), t(ID, '退出后会话立即失效')],
    note: '无“记住我”，会话空闲 30 分钟、最长 8 小时',
  },
  { id: '16', risk: '高', title: '关闭暴露在互联网的高危端口', status: 'na', note: OPS },
]
