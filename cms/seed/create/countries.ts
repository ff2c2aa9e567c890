// Countries and regions, each with its generated digital profile (国别数字专栏).
import { each, PUBLISHED, type SeedContext } from '../context.ts'
import { COUNTRIES, type CountrySeed } from '../countries.ts'
import { richText } from '../lexical.ts'
import { countryProfile } from '../profiles.ts'

/** The country document: names, capital, a short investment environment, maybe a service point. */
const countryData = ({ r }: SeedContext, country: CountrySeed) => ({
  ...PUBLISHED,
  name: country.name,
  nameEn: country.nameEn,
  isoCode: country.iso,
  region: country.region,
  beltAndRoad: country.beltAndRoad,
  capital: { name: country.capital, lat: country.lat, lng: country.lng },
  summary: `${country.name}位于${country.capital}一带，是中资企业${country.beltAndRoad ? '参与共建“一带一路”' : '开展经贸合作'}的重要目的地。`,
  investmentEnvironment: richText([
    {
      heading: '宏观经济',
      text: `${country.name}经济总量约 ${country.gdp} 亿美元（演示数据），经济结构持续优化。`,
    },
    {
      heading: '外资政策',
      text: '对外资总体持欢迎态度，在制造业、基础设施和数字经济等领域提供税收优惠。',
    },
  ]),
  servicePoints: r.chance(0.6)
    ? [
        {
          name: `海桥${country.name}服务站`,
          address: `${country.capital}商务区`,
          contact: '通过平台在线咨询联系',
          lat: country.lat,
          lng: country.lng,
        },
      ]
    : [],
})

/** Creates every country with its profile; their ids in the order of COUNTRIES. */
export async function createCountries(seed: SeedContext): Promise<string[]> {
  const { payload, req, r, year, log } = seed
  const countryIds: string[] = []
  await each(COUNTRIES, async (country) => {
    const doc = await payload.create({
      req,
      collection: 'countries',
      data: countryData(seed, country),
    })
    countryIds.push(doc.id)
    await payload.create({
      req,
      collection: 'country-profiles',
      data: { ...PUBLISHED, ...countryProfile(r, country, year - 1), country: doc.id },
    })
  })
  log(`国家/地区 ${countryIds.length} 个（含数字专栏）`)
  return countryIds
}
