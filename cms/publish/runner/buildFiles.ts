// File moves of a portal build: hard links (instant, no extra space), atomic symlink switches, and the
// article pages a partial build carries over from the live one.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { link, mkdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { MANIFEST_FILE, type BuildManifest } from '../../../contracts/buildManifest.ts'
import { ROOT } from '../../../scripts/lib/paths.ts'

/** Hard-links every file of `from` into `to` (same layout): instant, no extra space. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(path.join(from, entry.name), path.join(to, entry.name))
    else await link(path.join(from, entry.name), path.join(to, entry.name))
  }
}

/** Atomically (re)points `linkPath` at `target` by renaming a fresh symlink over it. */
export async function pointSymlink(linkPath: string, target: string): Promise<void> {
  const temp = `${linkPath}.${process.pid}.tmp`
  await rm(temp, { force: true })
  await symlink(target, temp, 'dir')
  await rename(temp, linkPath)
}

/** Built server code imports its packages by bare name; builds live outside the repo in tests. */
export async function linkNodeModules(root: string): Promise<void> {
  const link = path.join(root, 'node_modules')
  if (!existsSync(link)) await symlink(path.join(ROOT, 'node_modules'), link, 'dir')
}

/** Number of HTML pages under `dir`. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((entry) => String(entry).endsWith('.html'))
    .length
}

/** Article pages the partial build skipped are hard-linked from the live build (still-published ones only). */
export async function carryOverArticles(previousDir: string, outDir: string): Promise<void> {
  const manifest = JSON.parse(
    readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8'),
  ) as BuildManifest
  for (const id of Object.keys(manifest.articles)) {
    const target = path.join(outDir, 'client', 'articles', id)
    const source = path.join(previousDir, 'client', 'articles', id, 'index.html')
    if (existsSync(target) || !existsSync(source)) continue
    await mkdir(target, { recursive: true })
    await link(source, path.join(target, 'index.html'))
  }
}
