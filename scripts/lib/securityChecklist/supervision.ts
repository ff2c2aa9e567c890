// 数字空间接入安全自查（招标文件 3.4.5），监督监管：第 43–45 项。
import { NO_LICENCE, type ChecklistItem } from './item.ts'

export const SUPERVISION_ITEMS: ChecklistItem[] = [
  { id: '43', risk: '中', title: '证照接口调用监控与熔断', status: 'na', note: NO_LICENCE },
  { id: '44', risk: '中', title: '用证日志对账', status: 'na', note: NO_LICENCE },
  { id: '45', risk: '中', title: '用证日志审计', status: 'na', note: NO_LICENCE },
]
