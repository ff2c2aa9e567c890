// Files the audit trail keeps outside the database (anchors, monthly archives) are replaced atomically and
// durably: written to a partial file, synced to disk, then renamed over the target, in a directory only the
// platform's account may read (0700, files 0600).
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'

/** Writes `content` to `dir/name`, replacing any earlier file only once the new one is complete on disk. */
export function writeDurableFile(dir: string, name: string, content: string | Uint8Array): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, name)
  const temporary = `${file}.partial`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
}
