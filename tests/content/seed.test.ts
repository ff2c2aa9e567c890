// The demo content: the sizes the issue asks for, every column filled, realistic profiles, deterministic.
import { describe, expect, it } from 'vitest'
import { generateArticle } from '../../cms/seed/articles.ts'
import { leafSlugs } from '../../cms/seed/columns.ts'
import { COUNTRIES } from '../../cms/seed/countries.ts'
import { countryProfile } from '../../cms/seed/profiles.ts'
import { createRandom } from '../../cms/seed/random.ts'
import { restAs } from '../support/rest.ts'

const MINIMUMS: Record<string, number> = {
  articles: 300,
  countries: 40,
  'country-profiles': 40,
  'risk-alerts': 30,
  trainings: 30,
  'service-guides': 20,
  providers: 20,
  'finance-products': 10,
  projects: 20,
  topics: 3,
  courseware: 5,
}

describe('演示内容', () => {
  it('各类内容数量达到要求，且均已发布、匿名可读', async () => {
    const anonymous = await restAs()
    for (const [collection, minimum] of Object.entries(MINIMUMS)) {
      const body = (await (await anonymous.get(`/${collection}?limit=1`)).json()) as {
        totalDocs: number
      }
      expect(body.totalDocs, collection).toBeGreaterThanOrEqual(minimum)
    }
  })

  it('每个末级栏目都有文章，国家数字专栏有带年份和来源的数值指标', async () => {
    const anonymous = await restAs()
    const columns = (await (await anonymous.get('/columns?limit=100')).json()) as {
      docs: { id: string; slug: string }[]
    }
    for (const slug of leafSlugs()) {
      const column = columns.docs.find((c) => c.slug === slug)!
      const body = (await (
        await anonymous.get(`/articles?where[column][equals]=${column.id}&limit=1`)
      ).json()) as { totalDocs: number }
      expect(body.totalDocs, slug).toBeGreaterThan(0)
    }
    const profiles = (await (await anonymous.get('/country-profiles?limit=1&depth=1')).json()) as {
      docs: {
        demoData: boolean
        market: { gdp: { value: number; year: number; source: string } }
        country: { name: string }
      }[]
    }
    const profile = profiles.docs[0]!
    expect(profile.demoData).toBe(true)
    expect(profile.market.gdp.value).toBeGreaterThan(0)
    expect(profile.market.gdp.year).toBeGreaterThan(2000)
    expect(profile.market.gdp.source).toContain('演示数据')
    expect(COUNTRIES.map((c) => c.name)).toContain(profile.country.name)
  })

  it('生成器是确定的：同一种子得到同样内容，不同种子不同', () => {
    const run = (seed: number) => {
      const r = createRandom(seed)
      return leafSlugs().map((column, i) => generateArticle(r, column, COUNTRIES[i]!, 2026).title)
    }
    expect(run(7)).toEqual(run(7))
    expect(run(7)).not.toEqual(run(8))
    expect(countryProfile(createRandom(1), COUNTRIES[0]!, 2025)).toEqual(
      countryProfile(createRandom(1), COUNTRIES[0]!, 2025),
    )
  })
})
