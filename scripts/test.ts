// `npm test`: type check, then vitest against real PostgreSQL and the production CMS server.
// Ends with the plain line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './lib/paths.ts'

const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name)
const resultsFile = path.join(ROOT, '.test-results.json')

console.log('[海桥] 类型检查（tsc）…')
const typecheck = spawnSync(bin('tsc'), ['--noEmit', '-p', '.'], { cwd: ROOT, stdio: 'inherit' })

rmSync(resultsFile, { force: true })
const vitest = spawnSync(
  bin('vitest'),
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
)

type Results = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}
const results: Results = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Results)
  : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 }
const typecheckPassed = typecheck.status === 0
const passed = results.numPassedTests + (typecheckPassed ? 1 : 0)
const failed =
  results.numFailedTests +
  (typecheckPassed ? 0 : 1) +
  (vitest.status !== 0 && results.numFailedTests === 0 ? 1 : 0)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
