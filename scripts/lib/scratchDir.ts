// Throw-away data directories for tests and benchmarks, under the system temp dir. When running as root,
// PostgreSQL runs as the `postgres` user, so the directory must be reachable by others (not mkdtemp's 700).
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `haiqiao-${prefix}-`))
  chmodSync(dir, 0o755)
  return dir
}
