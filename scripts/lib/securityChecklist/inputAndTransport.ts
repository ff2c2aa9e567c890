// 等保三级应用检查清单（shared/research/security-crypto.md §1.1），输入、上传与通信（A13–A15）。
import { FRONT, GRAPHQL, HTTP, LOGIN_E2E, t, type ChecklistItem } from './item.ts'

export const INPUT_AND_TRANSPORT_ITEMS: ChecklistItem[] = [
  {
    id: 'A13',
    title: '每个接口校验输入，中文错误',
    status: 'tests',
    tests: [
      t('tests/content/validation.test.ts', '缺少必填字段'),
      t(HTTP, '出错时不返回堆栈或服务器路径'),
      t('tests/security/queryConditions.test.ts', '查询条件：类型、运算符、结构与长度'),
      t('tests/security/malformed.test.ts', '没有 5xx、堆栈或内部路径'),
      t('tests/security/textHygiene.test.ts', '控制字符按规则清理后存储'),
      t('tests/security/textHygiene.test.ts', 'RSS、站点地图是合法 XML'),
      t(GRAPHQL, '不是有效 GraphQL 的请求'),
      t(FRONT, '路径中无效的百分号编码'),
    ],
  },
  {
    id: 'A14',
    title: '上传白名单 + 文件头 + 大小上限，拒绝 SVG/HTML',
    status: 'tests',
    tests: [
      t(HTTP, 'SVG、HTML 和改了扩展名的网页被拒绝'),
      t(HTTP, '超过大小上限的请求'),
      t(FRONT, '20 MB 分块请求体被拒绝'),
    ],
  },
  {
    id: 'A15',
    title: 'HSTS、安全 Cookie、安全响应头',
    status: 'tests',
    tests: [
      t(HTTP, '门户：CSP 不含 unsafe-inline'),
      t(HTTP, '门户页面在该 CSP 下没有任何被拦截'),
      t(LOGIN_E2E, '新同事'),
    ],
  },
]
