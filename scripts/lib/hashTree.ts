// Content hash of source trees (relative paths + bytes), used to skip builds whose inputs did not change.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './paths.ts'

/** Hashes `inputs` (files or directories, relative to the repo root), leaving out entries named in `skip`. */
export function hashTree(inputs: string[], skip: ReadonlySet<string>): string {
  const hash = createHash('sha256')
  const visit = (target: string) => {
    if (!existsSync(target)) return
    if (statSync(target).isDirectory()) {
      for (const entry of readdirSync(target).sort())
        if (!skip.has(entry)) visit(path.join(target, entry))
    } else {
      hash.update(path.relative(ROOT, target)).update(readFileSync(target))
    }
  }
  for (const input of inputs) visit(path.join(ROOT, input))
  return hash.digest('hex')
}
