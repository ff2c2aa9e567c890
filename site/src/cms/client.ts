// Fetches the portal's data from the CMS once per build (GET /api/site-data/:dataset), memoised per dataset. Every
// string is cleaned on arrival (contracts/text), so no page, feed or index emits a control character
// whatever the database holds.
import { SITE_DATA_PAGING, SITE_DATA_PATH, type SiteDataPage } from '../../../contracts/siteData.ts'
import { cleanJson } from '../../../contracts/text/index.ts'

const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const PAGE_SIZE = SITE_DATA_PAGING.maxLimit

const cache = new Map<string, Promise<unknown>>()

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${CMS_URL}${SITE_DATA_PATH}/${path}`)
  if (!res.ok)
    throw new Error(`读取 CMS 数据失败：${path} → HTTP ${res.status} ${await res.text()}`)
  return cleanJson((await res.json()) as T)
}

async function fetchPaged<T>(dataset: string): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const result = await getJson<SiteDataPage<T>>(`${dataset}?page=${page}&limit=${PAGE_SIZE}`)
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

/**
 * Computes `load` once per build (one build is one process) and shares the promise: fetched data and every
 * view derived from it (sorted lists, indexes, lookup maps) that thousands of pages ask for again.
 */
export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key) as Promise<T>
}

/** Every published document of a collection, as the CMS's site-data endpoint projects it. */
export const loadAll = <T>(dataset: string): Promise<T[]> =>
  memo(dataset, () => fetchPaged<T>(dataset))

/** A single JSON document (settings, select labels). */
export const loadOne = <T>(dataset: string): Promise<T> => memo(dataset, () => getJson<T>(dataset))

export const cmsUrl = () => CMS_URL
