// The walls between the parts of Haiqiao (README, 架构简述), checked by tests/platform/dependencies.test.ts:
// the site talks to the CMS only over HTTP and contracts/; plugins use the CMS's shared services (cms/lib) and
// contracts/; CMS core reaches a plugin only through its public entry (index.ts), and only where the
// platform is assembled; contracts/ depend on nothing of ours; the publish pipeline's build runner
// (cms/publish/runner/) stays out of the CMS bundle and is the one CMS module that uses the launcher's helpers
// (scripts/lib); a plugin's text engine (plugins/<name>/engine/) is pure: no Payload, Next, React, CMS or other
// part of the plugin; no import loops.

/** Where the platform is put together: these may import a plugin's public entry (and nothing else of it). */
const ASSEMBLY = '^(payload\\.config\\.ts|cms/plugins\\.ts|cms/seed/)'
/** The portal's build runner: run by the launcher's job runner, never by the CMS app (it spawns astro and pagefind). */
const PUBLISH_RUNNER = '^cms/publish/runner/'
/** Payload generates the admin's import map from the component paths plugins register; not our code. */
const GENERATED = '^cms/app/\\(payload\\)/admin/importMap\\.js$'
/** The host frameworks a pure engine must not see (as resolved, or left unresolved by name). */
const FRAMEWORKS =
  '(^|/)node_modules/(payload|@payloadcms/[^/]+|next|react|react-dom)/|^(payload|@payloadcms/[^/]+|next|react|react-dom)(/|$)'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import loop: the modules depend on each other; split out what both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'site-only-over-contracts',
      severity: 'error',
      comment:
        'The site talks to the CMS only over HTTP and contracts/: no CMS, plugin or Payload module.',
      from: { path: '^site/' },
      to: {
        path: '^(cms|plugins|migrations|scripts)/|^payload\\.config\\.ts$|^payload-types\\.ts$',
      },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      comment: 'contracts/ are declared once for both sides and depend on neither.',
      from: { path: '^contracts/' },
      to: { path: '^(cms|site|plugins|scripts)/|^payload\\.config\\.ts$' },
    },
    {
      name: 'core-not-into-plugins',
      severity: 'error',
      comment:
        'CMS core never reads a plugin; the assembly passes the reactions in as plugin options.',
      from: { path: '^cms/', pathNot: `${ASSEMBLY}|${GENERATED}` },
      to: { path: '^plugins/' },
    },
    {
      name: 'assembly-only-plugin-entry',
      severity: 'error',
      comment:
        'Where the platform is assembled, a plugin is used only through its public entry (index.ts).',
      from: { path: ASSEMBLY },
      to: { path: '^plugins/[^/]+/', pathNot: '^plugins/[^/]+/index\\.ts$' },
    },
    {
      name: 'plugins-only-shared-services',
      severity: 'error',
      comment:
        'A plugin uses only the CMS shared services (cms/lib) and contracts/, not core modules or the site.',
      from: { path: '^plugins/' },
      to: { path: '^(cms/|site/|scripts/)|^payload\\.config\\.ts$', pathNot: '^cms/lib/' },
    },
    {
      name: 'plugins-not-into-each-other',
      severity: 'error',
      comment: 'One plugin never reads another.',
      from: { path: '^plugins/([^/]+)/' },
      to: { path: '^plugins/', pathNot: '^plugins/$1/' },
    },
    {
      name: 'engine-pure',
      severity: 'error',
      comment:
        "A plugin's engine (plugins/<name>/engine/) is plain TypeScript on its own data: no Payload, Next or React, no CMS module, nothing of the plugin outside the engine (contracts/ and plain libraries are fine).",
      from: { path: '^plugins/([^/]+)/engine/' },
      to: {
        path: `^(cms|site|scripts|migrations|plugins)/|^payload(\\.config|-types)\\.ts$|${FRAMEWORKS}`,
        pathNot: '^plugins/$1/engine/',
      },
    },
    {
      name: 'cms-bundle-not-into-publish-runner',
      severity: 'error',
      comment:
        'The CMS app (what next build traces) never imports the publish runner; the launcher hands it to its job runner.',
      from: { path: '^cms/|^payload\\.config\\.ts$', pathNot: PUBLISH_RUNNER },
      to: { path: PUBLISH_RUNNER },
    },
    {
      name: 'cms-not-into-launcher',
      severity: 'error',
      comment:
        'The launcher (scripts/) starts the CMS, not the other way round; only the publish runner uses its helpers (paths, hashTree, childServer).',
      from: { path: '^cms/', pathNot: PUBLISH_RUNNER },
      to: { path: '^scripts/' },
    },
    {
      name: 'shared-services-not-into-core',
      severity: 'error',
      comment:
        'cms/lib is what plugins may use, so it depends on no CMS core module (nor plugin, nor site).',
      from: { path: '^cms/lib/' },
      to: { path: '^(cms/|plugins/|site/|scripts/)|^payload\\.config\\.ts$', pathNot: '^cms/lib/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^site/(dist|\\.astro)/|^cms/\\.next/|^\\.tools/' },
    tsPreCompilationDeps: true,
    parser: 'swc',
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    skipAnalysisNotInRules: true,
  },
}
