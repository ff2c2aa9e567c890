// Assembles the CMS: collections, database, rich text, admin languages.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import { withPayloadCollectionRules } from './cms/access/payloadCollections.ts'
import { CONTENT_WRITERS } from './cms/access/content.ts'
import { hasRole, ROLES, ROLES_EN, type Role } from './cms/access/roles.ts'
import type { User } from './payload-types.ts'
import { collections } from './cms/collections/index.ts'
import { GROUPS } from './cms/collections/groups.ts'
import { audited } from './cms/hooks/auditChanges.ts'
import { textHygiene } from './cms/hooks/textHygiene.ts'
import { cutText } from './contracts/text/index.ts'
import { auditChange, requestContext } from './cms/lib/audit/writeAudit.ts'
import { accountDisabled } from './cms/lib/auth/policy.ts'
import { queueMessage } from './cms/lib/notify/outbox.ts'
import { contentSafety, describeFinding, FINDING_LEVEL, safetyGate } from './plugins/content-safety/index.ts'
import { reviewWorkflow } from './plugins/review-workflow/index.ts'
import { siteDataEndpoint } from './cms/endpoints/siteData/index.ts'
import { sitePreviewEndpoint, sitePreviewFileEndpoint } from './cms/endpoints/sitePreview/index.ts'
import { SiteSettings } from './cms/globals/SiteSettings/index.ts'
import { requestGuards } from './cms/lib/http/requestGuards.ts'
import { boundedWork } from './cms/lib/graphql/boundedWork.ts'
import { MAX_COST } from './cms/lib/graphql/limits.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

/** Collections with drafts: published only through review, checked for content safety. */
const publishableSlugs = collections.filter((c) => typeof c.versions === 'object' && c.versions.drafts).map((c) => c.slug)

const secret = process.env.PAYLOAD_SECRET
if (!secret && process.env.NEXT_PHASE !== 'phase-production-build') {
  throw new Error('PAYLOAD_SECRET 未设置：请通过 npm start（自动生成本地密钥库）或环境变量提供')
}

// Payload's own collections get explicit access rules too (deny by default: cms/access/payloadCollections.ts).
export default withPayloadCollectionRules(buildConfig({
  secret: secret ?? 'build-time-placeholder-never-used-at-runtime',
  serverURL: process.env.CMS_URL ?? 'http://127.0.0.1:3000',
  telemetry: false,
  collections,
  plugins: [
    // Text hygiene: every save of every collection and global is cleaned first (ordered after all plugins).
    textHygiene,
    // Content safety (modules 23, 24): the dictionary managed by the security admin; every publishable
    // collection shows the check inline while editing; public forms are checked when submitted; the workflow's
    // gate is below (check).
    contentSafety({
      collections: publishableSlugs,
      // Public form submissions: block-level content refused, the rest flagged for the staff who handle them.
      forms: ['consultations'],
      manage: ({ req: { user } }) => hasRole(user, 'securityAdmin'),
      read: ({ req: { user } }) => Boolean(user?.roles?.length),
      group: GROUPS.content,
      wrapCollection: audited,
      // New block- and review-level findings in published content (内容巡检 after a dictionary change) go to
      // the security admins, who manage the dictionary, and the approvers, who sign content off.
      onNewFindings: async (req, report) => {
        const { docs } = await req.payload.find({ collection: 'users', where: { roles: { in: ['securityAdmin', 'approver'] } }, pagination: false, depth: 0, req, overrideAccess: true })
        const recipients = docs.filter((user) => accountDisabled(user) === null).map((user) => String(user.id))
        const listed = report.findings.slice(0, 20).map((f) => `· [${FINDING_LEVEL[f.level]}] ${f.collectionLabel}《${f.title}》“${f.fieldLabel}”第 ${f.offset + 1} 字：${f.message}`)
        await queueMessage(req, {
          recipients,
          subject: `内容巡检：已发布内容中新发现 ${report.findings.length} 处须处理的问题`,
          body: [`词库变更后重新检查了 ${report.documents} 篇已发布内容，新发现以下问题，请尽快核实并修改或撤下：`, ...listed, report.findings.length > 20 ? `……共 ${report.findings.length} 处，详见管理后台“内容巡检”。` : '详见管理后台“内容巡检”。'].join('\n'),
          kind: 'content-safety.rescan',
          ref: `safety-scans/${report.id}`,
        })
      },
    }),
    // Every collection with drafts publishes only through its review workflow (三审三校 by default).
    reviewWorkflow({
      collections: publishableSlugs,
      roles: Object.fromEntries((Object.keys(ROLES) as Role[]).map((role) => [role, { zh: ROLES[role], en: ROLES_EN[role] }])),
      // Who may take which step is a permission: the security admin configures workflows (三权分立).
      manage: ({ req: { user } }) => hasRole(user, 'securityAdmin'),
      read: ({ req: { user } }) => Boolean(user?.roles?.length),
      // Accounts disabled at login (dormant, initial password too old) are not offered as reviewers or notified.
      activeUser: (user) => accountDisabled(user as User) === null,
      // Only content staff take review steps or are assigned them; the three administrators never are (三权分立).
      mayAct: (user) => hasRole(user as User, ...CONTENT_WRITERS),
      group: GROUPS.content,
      wrapCollection: audited,
      audit: (req, event) => auditChange(req, {
        ...requestContext(req),
        event: 'workflow.transition',
        result: 'success',
        objectType: event.collection,
        objectId: event.id,
        reason: cutText(`${event.transition}：${event.from} → ${event.to}${event.comment ? `；意见：${event.comment}` : ''}`, 500),
      }),
      // Block-level findings stop submission and publication; a reviewer's confirmation of review-level ones is audited.
      check: safetyGate((req, event) => auditChange(req, {
        ...requestContext(req),
        event: 'content-safety.override',
        result: 'success',
        objectType: event.collection,
        objectId: event.id,
        reason: cutText(`${event.transition}：审核人确认 ${event.findings.length} 处检查结果：${event.findings.map(describeFinding).join('；')}`, 500),
      })),
      // Notices go to the outbox in the transition's transaction; the mailer in `npm start` sends them.
      notify: (req, notice) => queueMessage(req, { recipients: notice.recipients, subject: notice.subject, body: notice.body, kind: notice.kind, ref: `${notice.collection}/${notice.id}` }).then(() => undefined),
    }),
    // Last, so it covers the collections the plugins above add: request query arguments checked on every
    // collection, every error answered in Chinese with a 4xx for bad input.
    requestGuards,
  ],
  globals: [SiteSettings],
  endpoints: [siteDataEndpoint, sitePreviewEndpoint, sitePreviewFileEndpoint],
  editor: lexicalEditor(),
  db: postgresAdapter({
    idType: 'uuid',
    pool: { connectionString: process.env.DATABASE_URL, min: 2, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
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
    importMap: { baseDir: path.join(root, 'cms'), importMapFile: path.join(root, 'cms/app/(payload)/admin/importMap.js') },
  },
  typescript: { outputFile: path.join(root, 'payload-types.ts') },
  // Work per request is bounded by our own measure (limit × fields × depth, aliases, fragments expanded);
  // the route (cms/lib/graphql/guard.ts) checks the same before Payload runs anything.
  graphQL: {
    schemaOutputFile: path.join(root, 'cms', 'schema.graphql'),
    maxComplexity: MAX_COST,
    validationRules: (args) => [boundedWork(args.variableValues)],
  },
}))
