// Remembers a long-running child (the CMS or portal server) so that a launcher killed with SIGKILL does not leave
// it holding the port: the next start ends the orphan first.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/** Ends the process recorded in `file` if it still runs and its command line contains `marker`. */
export async function stopRecordedProcess(file: string, marker: string): Promise<void> {
  if (!existsSync(file)) return
  const pid = Number(readFileSync(file, 'utf8'))
  rmSync(file, { force: true })
  if (!pid || !commandLine(pid).includes(marker)) return
  process.kill(pid, 'SIGTERM')
  for (let i = 0; i < 100 && commandLine(pid).includes(marker); i++)
    await new Promise((r) => setTimeout(r, 100))
  if (commandLine(pid).includes(marker)) process.kill(pid, 'SIGKILL')
}

export function recordProcess(file: string, pid: number): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, String(pid))
}
