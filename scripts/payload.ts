// Runs the Payload CLI (migrate:create, generate:types, …) against the local environment.
// Generated migrations are rewritten to import types with `import type`, so Node's type stripping loads them.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { prepareEnvironment } from './lib/environment.ts'
import { ROOT } from './lib/paths.ts'

const env = await prepareEnvironment((line) => console.error(line))
const result = spawnSync(path.join(ROOT, 'node_modules/.bin/payload'), process.argv.slice(2), {
  stdio: 'inherit',
  cwd: ROOT,
  // Not the Next.js dev server: no HMR socket to localhost:$PORT (see lib/payloadInstance.ts).
  env: {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    PAYLOAD_SECRET: env.payloadSecret,
    PAYLOAD_CONFIG_PATH: 'payload.config.ts',
    DISABLE_PAYLOAD_HMR: 'true',
  },
})
const migrations = path.join(ROOT, 'migrations')
for (const file of readdirSync(migrations).filter((f) => f.endsWith('.ts'))) {
  const full = path.join(migrations, file)
  const text = readFileSync(full, 'utf8')
  const fixed = text
    .replace(
      /import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '@payloadcms\/db-postgres'/,
      "import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'",
    )
    .replace(/from '\.\/([^']+)'/g, (m, name: string) =>
      name.endsWith('.json') || name.endsWith('.ts') ? m : `from './${name}.ts'`,
    )
  if (fixed !== text) writeFileSync(full, fixed)
}
await env.stop()
process.exit(result.status ?? 1)
