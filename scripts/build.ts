// `npm run build`: production build of the CMS admin (skipped when nothing changed).
import { ensureCmsBuild } from './lib/cmsBuild.ts'

await ensureCmsBuild((line) => console.log(`[海桥] ${line}`))
