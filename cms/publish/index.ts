// 门户发布流水线 — the publish pipeline, in one place. What the CMS bundle uses is exported here; the build
// runner (runner/) runs only in the launcher's job runner and is never imported by the CMS (the Next build
// must not trace astro/pagefind; .dependency-cruiser.cjs checks it).
//
//  1. Request  hooks.ts      a live save, a withdrawal (the review workflow's `afterTransition`), a delete or a
//                            settings change adds a request row (collection `site-builds`, SiteBuilds.ts) and a
//                            `site-publish` job in the same transaction (queue.ts).
//  2. Claim    task.ts       the job (queue `site`, one at a time across runners) calls the publisher in its
//                            runner's context; once changes are quiet it claims all queued rows as one build.
//  3. Build    runner/       publisher.ts → build.ts: `astro build` (partial when only articles changed, using the
//                            previous build's manifest, contracts/buildManifest.ts), the site reading published
//                            content over HTTP from endpoints/siteData (site/src/cms/ on the other side), Pagefind,
//                            then an atomic symlink switch; the outcome is recorded on the claimed rows.
//  4. Serve    runner/       portal.ts starts the portal server (siteServer.ts) and a first build when none
//                            matches the source; endpoints/sitePreview serves editors' drafts to its preview pages.
export { SiteBuilds } from './SiteBuilds.ts'
export {
  requestSiteBuildAfterChange,
  requestSiteBuildAfterDelete,
  requestSiteBuildAfterGlobalChange,
  requestSiteBuildAfterTransition,
} from './hooks.ts'
export { sitePublishTask } from './task.ts'
export { siteDataEndpoint } from './endpoints/siteData/index.ts'
export { sitePreviewEndpoint, sitePreviewFileEndpoint } from './endpoints/sitePreview/index.ts'
