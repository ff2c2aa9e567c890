// Real countries for the demo: names, ISO codes, regions, capitals. GDP figures are rounded
// approximations used only to make demo indicators plausible; profiles are marked as demo data.
export type CountrySeed = {
  iso: string
  name: string
  nameEn: string
  region: 'asia' | 'europe' | 'africa' | 'north-america' | 'latin-america' | 'oceania'
  beltAndRoad: boolean
  capital: string
  lat: number
  lng: number
  /** Approximate GDP, 100 million USD (亿美元). */
  gdp: number
}

type Row = [string, string, string, CountrySeed['region'], boolean, string, number, number, number]

const ROWS: Row[] = [
  ['SG', '新加坡', 'Singapore', 'asia', true, '新加坡', 1.29, 103.85, 5015],
  ['MY', '马来西亚', 'Malaysia', 'asia', true, '吉隆坡', 3.14, 101.69, 4000],
  ['ID', '印度尼西亚', 'Indonesia', 'asia', true, '雅加达', -6.21, 106.85, 13710],
  ['TH', '泰国', 'Thailand', 'asia', true, '曼谷', 13.76, 100.5, 5150],
  ['VN', '越南', 'Viet Nam', 'asia', true, '河内', 21.03, 105.85, 4300],
  ['PH', '菲律宾', 'Philippines', 'asia', true, '马尼拉', 14.6, 120.98, 4370],
  ['KH', '柬埔寨', 'Cambodia', 'asia', true, '金边', 11.56, 104.92, 320],
  ['LA', '老挝', 'Lao PDR', 'asia', true, '万象', 17.97, 102.63, 150],
  ['MM', '缅甸', 'Myanmar', 'asia', true, '内比都', 19.76, 96.08, 640],
  ['JP', '日本', 'Japan', 'asia', false, '东京', 35.68, 139.69, 42100],
  ['KR', '韩国', 'Republic of Korea', 'asia', false, '首尔', 37.57, 126.98, 17100],
  ['IN', '印度', 'India', 'asia', false, '新德里', 28.61, 77.21, 35500],
  ['PK', '巴基斯坦', 'Pakistan', 'asia', true, '伊斯兰堡', 33.68, 73.05, 3380],
  ['BD', '孟加拉国', 'Bangladesh', 'asia', true, '达卡', 23.81, 90.41, 4370],
  ['KZ', '哈萨克斯坦', 'Kazakhstan', 'asia', true, '阿斯塔纳', 51.17, 71.45, 2620],
  ['UZ', '乌兹别克斯坦', 'Uzbekistan', 'asia', true, '塔什干', 41.3, 69.24, 900],
  ['AE', '阿联酋', 'United Arab Emirates', 'asia', true, '阿布扎比', 24.45, 54.38, 5040],
  ['SA', '沙特阿拉伯', 'Saudi Arabia', 'asia', true, '利雅得', 24.71, 46.68, 10680],
  ['TR', '土耳其', 'Türkiye', 'asia', true, '安卡拉', 39.93, 32.86, 11080],
  ['QA', '卡塔尔', 'Qatar', 'asia', true, '多哈', 25.29, 51.53, 2130],
  ['DE', '德国', 'Germany', 'europe', false, '柏林', 52.52, 13.4, 44600],
  ['FR', '法国', 'France', 'europe', false, '巴黎', 48.86, 2.35, 30300],
  ['GB', '英国', 'United Kingdom', 'europe', false, '伦敦', 51.51, -0.13, 33400],
  ['IT', '意大利', 'Italy', 'europe', false, '罗马', 41.9, 12.5, 22500],
  ['ES', '西班牙', 'Spain', 'europe', false, '马德里', 40.42, -3.7, 15800],
  ['NL', '荷兰', 'Netherlands', 'europe', false, '阿姆斯特丹', 52.37, 4.9, 11200],
  ['HU', '匈牙利', 'Hungary', 'europe', true, '布达佩斯', 47.5, 19.04, 2120],
  ['RS', '塞尔维亚', 'Serbia', 'europe', true, '贝尔格莱德', 44.79, 20.45, 750],
  ['PL', '波兰', 'Poland', 'europe', true, '华沙', 52.23, 21.01, 8110],
  ['GR', '希腊', 'Greece', 'europe', true, '雅典', 37.98, 23.73, 2430],
  ['RU', '俄罗斯', 'Russian Federation', 'europe', true, '莫斯科', 55.76, 37.62, 20200],
  ['EG', '埃及', 'Egypt', 'africa', true, '开罗', 30.04, 31.24, 3960],
  ['ZA', '南非', 'South Africa', 'africa', true, '比勒陀利亚', -25.75, 28.19, 3810],
  ['NG', '尼日利亚', 'Nigeria', 'africa', true, '阿布贾', 9.08, 7.4, 3630],
  ['KE', '肯尼亚', 'Kenya', 'africa', true, '内罗毕', -1.29, 36.82, 1080],
  ['ET', '埃塞俄比亚', 'Ethiopia', 'africa', true, '亚的斯亚贝巴', 9.03, 38.74, 1640],
  ['MA', '摩洛哥', 'Morocco', 'africa', true, '拉巴特', 34.02, -6.83, 1410],
  ['TZ', '坦桑尼亚', 'Tanzania', 'africa', true, '多多马', -6.16, 35.75, 790],
  ['US', '美国', 'United States', 'north-america', false, '华盛顿', 38.9, -77.04, 273600],
  ['CA', '加拿大', 'Canada', 'north-america', false, '渥太华', 45.42, -75.7, 21400],
  ['MX', '墨西哥', 'Mexico', 'latin-america', false, '墨西哥城', 19.43, -99.13, 17900],
  ['BR', '巴西', 'Brazil', 'latin-america', false, '巴西利亚', -15.79, -47.88, 21700],
  ['AR', '阿根廷', 'Argentina', 'latin-america', true, '布宜诺斯艾利斯', -34.6, -58.38, 6400],
  ['CL', '智利', 'Chile', 'latin-america', true, '圣地亚哥', -33.45, -70.67, 3350],
  ['PE', '秘鲁', 'Peru', 'latin-america', true, '利马', -12.05, -77.04, 2680],
  ['AU', '澳大利亚', 'Australia', 'oceania', false, '堪培拉', -35.28, 149.13, 17200],
  ['NZ', '新西兰', 'New Zealand', 'oceania', true, '惠灵顿', -41.29, 174.78, 2530],
  ['FJ', '斐济', 'Fiji', 'oceania', true, '苏瓦', -18.14, 178.44, 54],
]

export const COUNTRIES: CountrySeed[] = ROWS.map(
  ([iso, name, nameEn, region, beltAndRoad, capital, lat, lng, gdp]) => ({
    iso,
    name,
    nameEn,
    region,
    beltAndRoad,
    capital,
    lat,
    lng,
    gdp,
  }),
)
