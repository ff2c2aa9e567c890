// One portal build: `astro build` into a fresh directory, carry over unchanged article pages (partial builds),
// index with Pagefind, then switch the served site atomically by renaming a symlink.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readlink, realpath, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { hashTree } from '../../../scripts/lib/hashTree.ts'
import { BUILD_ENV, MANIFEST_FILE } from '../../../contracts/buildManifest.ts'
import { runAstroBuild } from './astroBuild.ts'
import {
  carryOverArticles,
  countPages,
  linkNodeModules,
  linkTree,
  pointSymlink,
} from './buildFiles.ts'
import { carryOverIndex, indexWithPagefind } from './searchIndex.ts'

/** Where builds live: `builds/<id>` and the `current` symlink the site server follows. */
export type SiteLayout = { root: string; builds: string; current: string }

export function siteLayout(root: string): SiteLayout {
  return { root, builds: path.join(root, 'builds'), current: path.join(root, 'current') }
}

/** Hash of the portal's source: a partial build is only safe on top of a build of the same source. */
export const siteSourceHash = () =>
  hashTree(
    ['site', 'contracts', 'cms/lib/personal/kinds.ts', 'package-lock.json'],
    new Set(['dist', '.astro', 'node_modules']),
  ).slice(0, 16)

export type BuildInfo = {
  id: string
  source: string
  pages: number
  buildMs: number
  indexMs: number
  mode: 'full' | 'partial'
  /** From build start until the new pages were served (partial builds go live before re-indexing). */
  liveMs: number
  /** Peak resident memory of the `astro build` process. */
  peakRssMb: number
}

/** The build currently served, or undefined before the first build. */
export async function currentBuild(
  layout: SiteLayout,
): Promise<{ dir: string; info: BuildInfo } | undefined> {
  const target = await readlink(layout.current).catch(() => undefined)
  if (!target) return undefined
  const dir = path.resolve(layout.root, target)
  const infoFile = path.join(dir, 'build.json')
  return existsSync(infoFile)
    ? { dir, info: JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo }
    : undefined
}

type BuildOptions = {
  layout: SiteLayout
  id: string
  cmsUrl: string
  siteUrl?: string
  /** Changed article ids: render only what they touch and reuse the rest of the current build. */
  changedArticles?: string[]
  /** Aborting kills the build process (the launcher is stopping); the live site stays as it is. */
  signal?: AbortSignal
  log?: (line: string) => void
}

type Previous = { dir: string; info: BuildInfo }

/**
 * Phase 1: `astro build` into `outDir`. A partial build then carries over the unchanged article pages and
 * serves the previous search index under the new pages (a complete, consistent site at once; re-indexing
 * 10k pages takes longer than rendering the change). Removes `outDir` on failure. Peak memory in MiB.
 */
async function renderSite(
  { cmsUrl, siteUrl, changedArticles, signal, log = () => {} }: BuildOptions,
  outDir: string,
  previous: Previous | undefined,
  partial: boolean,
): Promise<number> {
  const client = path.join(outDir, 'client')
  try {
    const peakRssMb = await runAstroBuild(
      outDir,
      {
        CMS_URL: cmsUrl,
        ...(siteUrl ? { SITE_URL: siteUrl } : {}),
        [BUILD_ENV.manifest]: path.join(outDir, MANIFEST_FILE),
        ...(previous ? { HAIQIAO_PREVIOUS_CLIENT: path.join(previous.dir, 'client') } : {}),
        ...(partial
          ? {
              [BUILD_ENV.partialArticles]: changedArticles!.join(','),
              [BUILD_ENV.previousManifest]: path.join(previous!.dir, MANIFEST_FILE),
            }
          : {}),
      },
      log,
      signal,
    )
    if (partial) {
      await carryOverArticles(previous!.dir, outDir)
      await linkTree(
        await realpath(path.join(previous!.dir, 'client', 'pagefind')),
        path.join(client, `pagefind-${previous!.info.id}`),
      )
      await pointSymlink(path.join(client, 'pagefind'), `pagefind-${previous!.info.id}`)
    }
    return peakRssMb
  } catch (error) {
    await rm(outDir, { recursive: true, force: true })
    throw error
  }
}

/**
 * Phase 2: the Pagefind index of the new build, with the previous index's files carried over, swapped in.
 * A failed full build is removed; a partial one is already live and stays.
 */
async function indexSite(
  outDir: string,
  id: string,
  previous: Previous | undefined,
  partial: boolean,
): Promise<void> {
  const client = path.join(outDir, 'client')
  try {
    await indexWithPagefind(client, path.join(client, `pagefind-${id}`))
    if (previous)
      await carryOverIndex(
        await realpath(path.join(previous.dir, 'client', 'pagefind')),
        path.join(client, `pagefind-${id}`),
      )
    await pointSymlink(path.join(client, 'pagefind'), `pagefind-${id}`)
  } catch (error) {
    if (!partial) await rm(outDir, { recursive: true, force: true })
    throw new Error(
      `${partial ? '页面已更新，但' : ''}搜索索引失败：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
}

export async function buildSite(options: BuildOptions): Promise<BuildInfo> {
  const { layout, id, changedArticles } = options
  const source = siteSourceHash()
  const previous = await currentBuild(layout)
  const partial = Boolean(changedArticles && previous && previous.info.source === source)
  const outDir = path.join(layout.builds, id)
  const client = path.join(outDir, 'client')
  await mkdir(layout.builds, { recursive: true })
  await linkNodeModules(layout.root)
  const started = performance.now()
  const peakRssMb = await renderSite(options, outDir, previous, partial)
  const info: BuildInfo = {
    id,
    source,
    pages: countPages(client),
    buildMs: Math.round(performance.now() - started),
    indexMs: 0,
    liveMs: 0,
    mode: partial ? 'partial' : 'full',
    peakRssMb,
  }
  if (partial) {
    await switchTo(layout, id)
    info.liveMs = Math.round(performance.now() - started)
  }
  const indexStarted = performance.now()
  await indexSite(outDir, id, previous, partial)
  info.indexMs = Math.round(performance.now() - indexStarted)
  await writeFile(path.join(outDir, 'build.json'), JSON.stringify(info))
  if (partial)
    await rm(path.join(client, `pagefind-${previous!.info.id}`), { recursive: true, force: true })
  else {
    await switchTo(layout, id)
    info.liveMs = Math.round(performance.now() - started)
  }
  await pruneBuilds(layout, [id, previous ? path.basename(previous.dir) : ''])
  return info
}

/** rename(2) of a symlink is atomic: a request sees the old build or the new one, never a mix. */
async function switchTo(layout: SiteLayout, id: string): Promise<void> {
  await pointSymlink(layout.current, path.join('builds', id))
}

/** Keeps the live build and the one before it (requests in flight may still read it). */
async function pruneBuilds(layout: SiteLayout, keep: string[]): Promise<void> {
  for (const entry of readdirSync(layout.builds)) {
    if (!keep.includes(entry))
      await rm(path.join(layout.builds, entry), { recursive: true, force: true })
  }
}
