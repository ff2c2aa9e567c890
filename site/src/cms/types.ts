// The shapes the site-data endpoint returns, as declared for both sides in contracts/siteData.ts.
export type {
  Article,
  Column,
  Country,
  CountryProfile,
  FinanceProduct,
  Media,
  Project,
  Provider,
  RiskAlert,
  SelectLabels,
  ServiceGuide,
  SiteSettings,
  Topic,
  Training,
} from '../../../contracts/siteData.ts'
