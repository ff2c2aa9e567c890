// The portal's Pagefind search index: written for a new build, with the previous index's files carried over
// for visitors still using it.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { link, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Indexes the HTML under `clientDir` into `outputPath`; the number of pages indexed. */
export async function indexWithPagefind(clientDir: string, outputPath: string): Promise<number> {
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

const CARRIED = '.carried'

/**
 * A visitor whose page loaded the previous index keeps fetching its files after the swap. Index, filter and
 * fragment files have content-hashed names, so the previous index's files are linked into the new one where
 * absent — one generation only: files it had carried over itself are listed in `.carried` and not passed on.
 */
export async function carryOverIndex(from: string, to: string): Promise<void> {
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
