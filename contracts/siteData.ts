// What the portal's build reads from the CMS (GET /api/site-data/:dataset) and its preview page reads
// (GET /api/site-preview/:collection/:id): the datasets, paging limits and payload shapes, declared once for both.
import type * as Cms from '../payload-types.ts'

export const SITE_DATA_PATH = '/api/site-data'
export const SITE_PREVIEW_PATH = '/api/site-preview'

/** Collections the portal renders, one dataset each (published documents only). */
export const SITE_DATA_COLLECTIONS = [
  'columns',
  'articles',
  'topics',
  'countries',
  'country-profiles',
  'risk-alerts',
  'service-guides',
  'trainings',
  'providers',
  'finance-products',
  'projects',
  'media',
] as const
export type SiteDataCollection = (typeof SITE_DATA_COLLECTIONS)[number]

/** Collections whose select labels the portal shows besides those it renders (a form's options: 咨询类别). */
export const LABELLED_FORMS = ['consultations'] as const

/** `page` 1–maxPage, `limit` 1–maxLimit (default defaultLimit); past maxPage a database OFFSET would overflow. */
export const SITE_DATA_PAGING = { defaultLimit: 500, maxLimit: 1000, maxPage: 100_000 } as const

/** One page of a collection dataset. */
export type SiteDataPage<T> = { docs: T[]; page: number; hasNextPage: boolean; totalDocs: number }

/** dataset `labels`: collection → select field path → value → Chinese label (`risk-alerts` → `level` → `red` → 红色). */
export type SelectLabels = Record<string, Record<string, Record<string, string>>>

/** Distributes over unions: a related document becomes its id, rich text becomes HTML. */
type PlainValue<V> = V extends { root: unknown }
  ? string
  : V extends (infer Item)[]
    ? PlainValue<Item>[]
    : V extends { id: string; updatedAt: string }
      ? never
      : V extends object
        ? { [K in keyof V]: PlainValue<V[K]> }
        : V
/** A document as the endpoints send it: the generated Payload type with relations as ids and rich text as HTML. */
type Plain<T> = { [K in keyof T]: PlainValue<T[K]> }

export type Article = Plain<Cms.Article>
export type Column = Plain<Cms.Column>
export type Country = Plain<Cms.Country>
export type CountryProfile = Plain<Cms.CountryProfile>
export type RiskAlert = Plain<Cms.RiskAlert>
export type ServiceGuide = Plain<Cms.ServiceGuide>
export type Training = Plain<Cms.Training>
export type Topic = Plain<Cms.Topic>
export type Provider = Plain<Cms.Provider>
export type FinanceProduct = Plain<Cms.FinanceProduct>
export type Project = Plain<Cms.Project>
export type Media = Plain<Cms.Media>
/** dataset `settings`: the 站点设置 global. */
export type SiteSettings = Cms.SiteSetting

/** The media fields a preview sends for each file its draft uses. */
export type PreviewMedia = Pick<Media, 'id' | 'filename' | 'alt' | 'mimeType' | 'filesize'>

/** A preview: the latest draft (shaped as site data) and the files it uses. */
export type SitePreview<T> = { doc: T; media: PreviewMedia[] }
