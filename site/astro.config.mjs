// The public portal: static pages from the CMS, served by the node adapter (see cms/publish/runner/siteServer.ts).
import node from '@astrojs/node'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { copyMedia } from './src/cms/media.ts'

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // Standalone handler (static files + endpoints), imported per build by scripts/serve-site.ts.
  adapter: node({ mode: 'standalone' }),
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Everything external: the portal's CSP will forbid inline scripts and styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    {
      name: 'haiqiao-media',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await copyMedia(fileURLToPath(dir))
        },
      },
    },
  ],
})
