// Which main-navigation item a column tree belongs to (the seeded root column slugs).
export const NAV_KEY_BY_COLUMN: Record<string, string> = {
  news: 'news',
  'belt-and-road': 'belt-and-road',
  finance: 'finance',
  services: 'providers',
  overseas: 'map',
  notices: 'news',
}
