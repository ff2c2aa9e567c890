// Countries (出海地图, country pages) and their digital profiles (数字专栏).
import { loadAll, memo } from './client.ts'
import type { Country, CountryProfile } from './types.ts'

export const getCountries = () =>
  memo('countries:sorted', async () =>
    [...(await loadAll<Country>('countries'))].sort((a, b) => a.name.localeCompare(b.name, 'zh')),
  )

export const countriesById = () =>
  memo(
    'countries:byId',
    async () => new Map((await getCountries()).map((country) => [country.id, country])),
  )

/** Country pages are addressed by lower-case ISO code: /countries/sg/. */
export const countrySlug = (country: Pick<Country, 'isoCode'>) => country.isoCode.toLowerCase()

/** Profiles paired with their country, in country order. */
export const getProfiles = () =>
  memo('profiles:byCountry', async (): Promise<{ country: Country; profile: CountryProfile }[]> => {
    const byCountry = new Map(
      (await loadAll<CountryProfile>('country-profiles')).map((profile) => [
        profile.country,
        profile,
      ]),
    )
    return (await getCountries()).flatMap((country) => {
      const profile = byCountry.get(country.id)
      return profile ? [{ country, profile }] : []
    })
  })
