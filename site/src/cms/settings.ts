// Site identity (the 站点设置 global) and the Chinese labels of select values.
import { loadOne } from './client.ts'
import type { SelectLabels, SiteSettings } from './types.ts'

export const getSettings = () => loadOne<SiteSettings>('settings')

const getLabels = () => loadOne<SelectLabels>('labels')

/** `await optionLabel('risk-alerts', 'level', 'red')` → 红色 */
export async function optionLabel(
  collection: string,
  field: string,
  value: string | null | undefined,
): Promise<string> {
  if (!value) return ''
  return (await getLabels())[collection]?.[field]?.[value] ?? value
}

export async function optionsOf(collection: string, field: string): Promise<[string, string][]> {
  return Object.entries((await getLabels())[collection]?.[field] ?? {})
}
