// Countries (出海地图, country pages) and their digital profiles (数字专栏).
import { loadAll } from './client.ts'
import type { Country, CountryProfile } from './types.ts'

let countries: Promise<Country[]> | undefined
export const getCountries = () =>
  (countries ??= loadAll<Country>('countries').then((docs) => [...docs].sort((a, b) => a.name.localeCompare(b.name, 'zh'))))

export async function countriesById(): Promise<Map<string, Country>> {
  return new Map((await getCountries()).map((country) => [country.id, country]))
}

/** Country pages are addressed by lower-case ISO code: /countries/sg/. */
export const countrySlug = (country: Pick<Country, 'isoCode'>) => country.isoCode.toLowerCase()

/** Profiles paired with their country, in country order. */
export async function getProfiles(): Promise<{ country: Country; profile: CountryProfile }[]> {
  const profiles = await loadAll<CountryProfile>('country-profiles')
  const byCountry = new Map(profiles.map((profile) => [profile.country, profile]))
  return (await getCountries()).flatMap((country) => {
    const profile = byCountry.get(country.id)
    return profile ? [{ country, profile }] : []
  })
}
