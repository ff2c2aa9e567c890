// Partial builds after article-only changes: only the changed articles' pages and the pages that list them
// as related are rendered; the publisher carries the other article pages over from the live build.
// HAIQIAO_PARTIAL_ARTICLES: comma-separated ids of changed articles (unset → full build).
// HAIQIAO_BUILD_MANIFEST: where to write this build's article ids and related-content links.
import { readFileSync, writeFileSync } from 'node:fs'
import { BUILD_ENV, type BuildManifest } from '../../../contracts/buildManifest.ts'

const changed = process.env[BUILD_ENV.partialArticles]
  ? new Set(process.env[BUILD_ENV.partialArticles]!.split(','))
  : undefined

export const isPartialBuild = () => changed !== undefined

function previousManifest(): BuildManifest {
  const file = process.env[BUILD_ENV.previousManifest]
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : { articles: {} }
}

/**
 * Records every article's related links in the manifest and, in a partial build, keeps only the paths of
 * articles that changed, are new to the site, or link (now or before) to a changed article.
 */
export function onlyChanged<T extends { params: { id: string } }>(
  paths: T[],
  relatedOf: (path: T) => string[],
): T[] {
  const articles = Object.fromEntries(paths.map((path) => [path.params.id, relatedOf(path)]))
  const manifest = process.env[BUILD_ENV.manifest]
  if (manifest) writeFileSync(manifest, JSON.stringify({ articles } satisfies BuildManifest))
  if (!changed) return paths
  const before = previousManifest().articles
  const touches = (ids: string[] | undefined) => (ids ?? []).some((id) => changed.has(id))
  // An article the previous build did not have is rendered too: it may have been published after the changes
  // this build was started for were claimed (its own build follows), and lists already link to it.
  return paths.filter(
    ({ params: { id } }) =>
      changed.has(id) || !(id in before) || touches(articles[id]) || touches(before[id]),
  )
}
