// Assembles the CMS: collections, plugins (cms/plugins.ts), database, rich text, admin languages.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import { withPayloadCollectionRules } from './cms/access/payloadCollections.ts'
import { collections } from './cms/collections/index.ts'
import { plugins } from './cms/plugins.ts'
import {
  siteDataEndpoint,
  sitePreviewEndpoint,
  sitePreviewFileEndpoint,
} from './cms/publish/index.ts'
import { SiteSettings } from './cms/globals/SiteSettings/index.ts'
import { boundedWork } from './cms/lib/graphql/boundedWork.ts'
import { MAX_COST } from './cms/lib/graphql/limits.ts'
import { coreJobs } from './cms/jobs/index.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

const secret = process.env.PAYLOAD_SECRET
if (!secret && process.env.NEXT_PHASE !== 'phase-production-build') {
  throw new Error('PAYLOAD_SECRET 未设置：请通过 npm start（自动生成本地密钥库）或环境变量提供')
}

// Payload's own collections get explicit access rules too (deny by default: cms/access/payloadCollections.ts).
export default withPayloadCollectionRules(
  buildConfig({
    secret: secret ?? 'build-time-placeholder-never-used-at-runtime',
    serverURL: process.env.CMS_URL ?? 'http://127.0.0.1:3000',
    telemetry: false,
    collections,
    plugins,
    globals: [SiteSettings],
    // Background work (mail, audit; the plugins add theirs) as tasks on the jobs queue.
    jobs: coreJobs,
    endpoints: [siteDataEndpoint, sitePreviewEndpoint, sitePreviewFileEndpoint],
    editor: lexicalEditor(),
    db: postgresAdapter({
      idType: 'uuid',
      pool: {
        connectionString: process.env.DATABASE_URL,
        min: 2,
        max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      },
      migrationDir: path.join(root, 'migrations'),
      // Schema changes reach a database only through committed migrations, except in explicit dev mode.
      push: process.env.PAYLOAD_DEV_PUSH === 'true',
    }),
    i18n: {
      supportedLanguages: { zh, en },
      fallbackLanguage: 'zh',
    },
    admin: {
      user: 'users',
      // No Gravatar: the admin runs on a government intranet and must not call out to third parties.
      avatar: 'default',
      meta: { titleSuffix: ' - 海桥管理平台' },
      dateFormat: 'yyyy-MM-dd HH:mm',
      // Our login (second factor, first-admin setup) replaces Payload's password-only views.
      components: {
        views: {
          login: { Component: '/components/auth/LoginView.tsx#LoginView' },
          createFirstUser: { Component: '/components/auth/LoginView.tsx#LoginView' },
        },
      },
      importMap: {
        baseDir: path.join(root, 'cms'),
        importMapFile: path.join(root, 'cms/app/(payload)/admin/importMap.js'),
      },
    },
    typescript: { outputFile: path.join(root, 'payload-types.ts') },
    // Work per request is bounded by our own measure (limit × fields × depth, aliases, fragments expanded);
    // the route (cms/lib/graphql/guard.ts) checks the same before Payload runs anything.
    graphQL: {
      schemaOutputFile: path.join(root, 'cms', 'schema.graphql'),
      maxComplexity: MAX_COST,
      validationRules: (args) => [boundedWork(args.variableValues)],
    },
  }),
)
