// The shapes the site-data endpoint returns: generated Payload types with relations as ids and rich text as HTML.
import type * as Cms from '../../../payload-types.ts'

/** Distributes over unions: a related document becomes its id, rich text becomes HTML. */
type PlainValue<V> =
  V extends { root: unknown } ? string
    : V extends (infer Item)[] ? PlainValue<Item>[]
      : V extends { id: string; updatedAt: string } ? never
        : V extends object ? { [K in keyof V]: PlainValue<V[K]> }
          : V
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
export type SiteSettings = Cms.SiteSetting
export type SelectLabels = Record<string, Record<string, Record<string, string>>>
