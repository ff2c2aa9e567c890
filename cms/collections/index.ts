// Every collection of the content model, in admin navigation order.
import type { CollectionConfig } from 'payload'
import { audited } from '../hooks/auditChanges.ts'
import { portalPreview, PREVIEWABLE } from '../lib/preview.ts'
import { Articles } from './Articles/index.ts'
import { AuditArchives } from './AuditArchives/index.ts'
import { AuditCheckpoints } from './AuditCheckpoints/index.ts'
import { AuditLog } from './AuditLog/index.ts'
import { Columns } from './Columns/index.ts'
import { Countries } from './Countries/index.ts'
import { CountryProfiles } from './CountryProfiles/index.ts'
import { Consultations } from './Consultations/index.ts'
import { Courseware } from './Courseware/index.ts'
import { FinanceProducts } from './FinanceProducts/index.ts'
import { Media } from './Media/index.ts'
import { Messages } from './Messages/index.ts'
import { Projects } from './Projects/index.ts'
import { Providers } from './Providers/index.ts'
import { RiskAlerts } from './RiskAlerts/index.ts'
import { ServiceGuides } from './ServiceGuides/index.ts'
import { SiteBuilds } from '../publish/index.ts'
import { Tags } from './Tags/index.ts'
import { Topics } from './Topics/index.ts'
import { Trainings } from './Trainings/index.ts'
import { Users } from './Users/index.ts'

/** 预览: collections the portal has a page for get the admin's Preview button (lib/preview.ts). */
const withPreview = (config: CollectionConfig): CollectionConfig =>
  (PREVIEWABLE as readonly string[]).includes(config.slug)
    ? { ...config, admin: { ...config.admin, preview: portalPreview(config.slug) } }
    : config

export const collections = [
  Articles,
  Columns,
  Topics,
  Tags,
  Media,
  RiskAlerts,
  Projects,
  ServiceGuides,
  Countries,
  Providers,
  FinanceProducts,
  Trainings,
  Courseware,
  CountryProfiles,
  Consultations,
  Users,
  Messages,
  SiteBuilds,
  AuditLog,
  AuditCheckpoints,
  AuditArchives,
]
  .map(withPreview)
  .map(audited)
