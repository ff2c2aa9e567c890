// The portal's column tree. Leaf columns receive the generated articles.
export type ColumnSeed = {
  slug: string
  title: string
  description: string
  children?: ColumnSeed[]
}

export const COLUMNS: ColumnSeed[] = [
  {
    slug: 'news',
    title: '资讯服务',
    description: '政策法规、工作动态与新闻资讯',
    children: [
      {
        slug: 'policy',
        title: '政策法规',
        description: '国家和本市支持企业“走出去”的政策文件与解读',
      },
      { slug: 'work', title: '工作动态', description: '市商务委、相关委办和各区的工作动态' },
      { slug: 'info', title: '新闻资讯', description: '境外市场、行业与国别经贸新闻' },
    ],
  },
  {
    slug: 'belt-and-road',
    title: '一带一路',
    description: '共建“一带一路”合作动态与政策解读',
    children: [
      { slug: 'cooperation', title: '合作动态', description: '共建“一带一路”国家合作项目与活动' },
      { slug: 'interpretation', title: '政策解读', description: '“一带一路”相关政策与规则解读' },
    ],
  },
  {
    slug: 'finance',
    title: '金融支持',
    description: '跨境金融产品与金融服务资讯',
    children: [
      {
        slug: 'finance-news',
        title: '金融资讯',
        description: '金融机构支持企业出海的举措与产品动态',
      },
    ],
  },
  {
    slug: 'services',
    title: '专业服务',
    description: '法律、会计、咨询等专业服务机构与服务资讯',
    children: [
      { slug: 'service-news', title: '服务资讯', description: '专业服务机构动态与实务指引' },
    ],
  },
  {
    slug: 'overseas',
    title: '出海地图',
    description: '国别投资环境、区域资讯与海外服务站点',
    children: [
      { slug: 'regional-news', title: '区域资讯', description: '重点国家和地区的经贸资讯' },
    ],
  },
  { slug: 'notices', title: '通知公告', description: '平台通知与公告' },
]

export function leafSlugs(columns: ColumnSeed[] = COLUMNS): string[] {
  return columns.flatMap((column) =>
    column.children?.length ? leafSlugs(column.children) : [column.slug],
  )
}
