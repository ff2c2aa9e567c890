// One portal build: `astro build` into a fresh directory, carry over unchanged article pages (partial builds),
// index with Pagefind, then switch the served site atomically by renaming a symlink.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { link, mkdir, readlink, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { hashTree } from '../../../scripts/lib/hashTree.ts'
import { ROOT } from '../../../scripts/lib/paths.ts'
import { BUILD_ENV, MANIFEST_FILE, type BuildManifest } from '../../../contracts/buildManifest.ts'

export const SITE_DIR = path.join(ROOT, 'site')

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

export async function buildSite({
  layout,
  id,
  cmsUrl,
  siteUrl,
  changedArticles,
  signal,
  log = () => {},
}: BuildOptions): Promise<BuildInfo> {
  const source = siteSourceHash()
  const previous = await currentBuild(layout)
  const partial = Boolean(changedArticles && previous && previous.info.source === source)
  const outDir = path.join(layout.builds, id)
  const client = path.join(outDir, 'client')
  await mkdir(layout.builds, { recursive: true })
  await linkNodeModules(layout)
  const started = performance.now()
  let peakRssMb: number
  try {
    peakRssMb = await runAstroBuild(
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
      // Phase 1: the new pages go live at once with the previous search index (a complete, consistent site);
      // phase 2 below swaps in the new index. Re-indexing 10k pages takes longer than rendering the change.
      await linkTree(
        await realpath(path.join(previous!.dir, 'client', 'pagefind')),
        path.join(client, `pagefind-${previous!.info.id}`),
      )
      await pointSymlink(path.join(client, 'pagefind'), `pagefind-${previous!.info.id}`)
    }
  } catch (error) {
    await rm(outDir, { recursive: true, force: true })
    throw error
  }
  const buildMs = Math.round(performance.now() - started)
  const info: BuildInfo = {
    id,
    source,
    pages: countPages(client),
    buildMs,
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

const CARRIED = '.carried'

/**
 * A visitor whose page loaded the previous index keeps fetching its files after the swap. Index, filter and
 * fragment files have content-hashed names, so the previous index's files are linked into the new one where
 * absent — one generation only: files it had carried over itself are listed in `.carried` and not passed on.
 */
async function carryOverIndex(from: string, to: string): Promise<void> {
  const inherited = new Set(
    existsSync(path.join(from, CARRIED))
      ? readFileSync(path.join(from, CARRIED), 'utf8').split('\n')
      : [],
  )
  const carried: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of readdirSync(path.join(from, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(relative)
      else if (
        entry.name !== CARRIED &&
        !inherited.has(relative) &&
        !existsSync(path.join(to, relative))
      ) {
        await mkdir(path.dirname(path.join(to, relative)), { recursive: true })
        await link(path.join(from, relative), path.join(to, relative))
        carried.push(relative)
      }
    }
  }
  await walk('')
  await writeFile(path.join(to, CARRIED), carried.join('\n'))
}

/** Hard-links every file of `from` into `to` (same layout): instant, no extra space. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(path.join(from, entry.name), path.join(to, entry.name))
    else await link(path.join(from, entry.name), path.join(to, entry.name))
  }
}

/** Atomically (re)points `linkPath` at `target` by renaming a fresh symlink over it. */
async function pointSymlink(linkPath: string, target: string): Promise<void> {
  const temp = `${linkPath}.${process.pid}.tmp`
  await rm(temp, { force: true })
  await symlink(target, temp, 'dir')
  await rename(temp, linkPath)
}

/** Built server code imports its packages by bare name; builds live outside the repo in tests. */
async function linkNodeModules(layout: SiteLayout): Promise<void> {
  const link = path.join(layout.root, 'node_modules')
  if (!existsSync(link)) await symlink(path.join(ROOT, 'node_modules'), link, 'dir')
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((entry) => String(entry).endsWith('.html'))
    .length
}

/** Linux reports a process's peak resident set as VmHWM. */
function peakRss(pid: number | undefined): number {
  try {
    return (
      Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) / 1024
    )
  } catch {
    return 0
  }
}

/** Resolves with the build process's peak memory in MiB. */
function runAstroBuild(
  outDir: string,
  env: Record<string, string>,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
      {
        cwd: SITE_DIR,
        env: { ...process.env, ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        signal,
      },
    )
    let output = ''
    let peak = 0
    const sampler = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid))
    }, 200)
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => {
      clearInterval(sampler)
      reject(signal?.aborted ? new Error('服务停止，构建已中断，继续提供上一版本') : error)
    })
    child.on('exit', (code) => {
      clearInterval(sampler)
      if (signal?.aborted) return
      if (code === 0) return resolve(Math.round(peak))
      log(output)
      // The message lines, without stack frames and code excerpts, are what an editor can act on.
      const message = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(at |Stack trace|\d+ \||\^|file:)/.test(line))
      reject(
        new Error(`门户构建失败（astro build 退出码 ${code}）：${message.slice(0, 6).join('\n')}`),
      )
    })
  })
}

/** Article pages the partial build skipped are hard-linked from the live build (still-published ones only). */
async function carryOverArticles(previousDir: string, outDir: string): Promise<void> {
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

async function indexWithPagefind(clientDir: string, outputPath: string): Promise<number> {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind 初始化失败：${errors.join('；')}`)
    const added = await index.addDirectory({ path: clientDir })
    if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
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
