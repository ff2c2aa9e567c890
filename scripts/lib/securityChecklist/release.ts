// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），漏洞管理与发布完整性（A21–A22）。
import { type ChecklistItem } from './item.ts'

export const RELEASE_ITEMS: ChecklistItem[] = [
  { id: 'A21', title: '依赖漏洞扫描门禁与 SBOM', status: 'todo' },
  { id: 'A22', title: '发布完整性（SM3 清单 + SM2 签名）', status: 'todo' },
]
