// `npm run seed -- --articles 10000 [--anchor 2026-11-01] [--seed 7]`: adds generated content to the
// database (benchmarks use it for large sizes). Demo accounts are created only by the first start.
import { parseArgs } from 'node:util'
import { DEFAULT_SIZES, seed, type SeedSizes } from '../cms/seed/index.ts'
import { prepareEnvironment } from './lib/environment.ts'
import { closePayload, openPayload } from './lib/payloadInstance.ts'

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(
      Object.keys(DEFAULT_SIZES).map((key) => [key, { type: 'string' as const }]),
    ),
    anchor: { type: 'string' },
    seed: { type: 'string' },
  },
})
const given = values as Record<string, string | undefined>
const sizes = Object.fromEntries(
  Object.keys(DEFAULT_SIZES)
    .filter((key) => given[key] !== undefined)
    .map((key) => [key, Number(given[key])]),
) as Partial<SeedSizes>
const log = (line: string) => console.log(`[海桥] ${line}`)
const env = await prepareEnvironment(log)
const payload = await openPayload(env.databaseUrl, env.payloadSecret)
await payload.db.migrate()
if ((await payload.count({ collection: 'columns' })).totalDocs > 0) {
  console.error(
    '[海桥] 数据库已有内容：生成器只向空数据库写入。请使用新的 DATABASE_URL 或 HAIQIAO_DATA_DIR。',
  )
  await closePayload(payload)
  await env.stop()
  process.exit(1)
}
await seed(payload, {
  sizes,
  anchor: values.anchor ? new Date(values.anchor as string) : undefined,
  seed: values.seed ? Number(values.seed) : undefined,
  log,
})
await closePayload(payload)
await env.stop()
