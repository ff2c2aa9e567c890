// Runs one of the project's command-line scripts as a child process without blocking the test process
// (a blocked event loop lets kept-alive sockets go stale and stalls every timer in the worker).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from '../../scripts/lib/paths.ts'

export type CliResult = {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs `node <script> ...args` from the repository root (script relative to it, e.g. `scripts/audit-verify.ts`)
 * with `env` added to this process's environment; resolves when the child exits, whatever its status.
 */
export function runCli(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
}
