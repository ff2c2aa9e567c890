// The portal's main navigation: module pages and column pages in the order visitors expect.
export type NavItem = { href: string; label: string; key: string }

export const MAIN_NAV: NavItem[] = [
  { key: 'home', href: '/', label: '首页' },
  { key: 'news', href: '/columns/news/', label: '资讯服务' },
  { key: 'services', href: '/services/', label: '我要办事' },
  { key: 'map', href: '/map/', label: '出海地图' },
  { key: 'belt-and-road', href: '/belt-and-road/', label: '一带一路' },
  { key: 'risk', href: '/risk-alerts/', label: '风险提示' },
  { key: 'trainings', href: '/trainings/', label: '培训活动' },
  { key: 'finance', href: '/finance/', label: '金融支持' },
  { key: 'providers', href: '/providers/', label: '专业服务' },
  { key: 'projects', href: '/projects/', label: '项目对接' },
  { key: 'digital', href: '/digital/', label: '数字专栏' },
  { key: 'topics', href: '/topics/', label: '专题' },
]

export const urls = {
  article: (id: string) => `/articles/${id}/`,
  column: (slug: string, page = 1) =>
    page > 1 ? `/columns/${slug}/${page}/` : `/columns/${slug}/`,
  country: (iso: string) => `/countries/${iso.toLowerCase()}/`,
  riskAlert: (id: string) => `/risk-alerts/${id}/`,
  training: (id: string) => `/trainings/${id}/`,
  serviceGuide: (id: string) => `/services/${id}/`,
  project: (id: string) => `/projects/${id}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  provider: (id: string) => `/providers/${id}/`,
  financeProduct: (id: string) => `/finance/${id}/`,
  digital: (section: string, iso?: string) =>
    iso ? `/digital/${section}/${iso.toLowerCase()}/` : `/digital/${section}/`,
  feed: (slug: string) => `/feeds/${slug}.xml`,
}
