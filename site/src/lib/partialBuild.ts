// Partial builds after article-only changes: only the changed articles' pages and the pages that list them
// as related are rendered; the publisher carries the other article pages over from the live build.
// HAIQIAO_PARTIAL_ARTICLES: comma-separated ids of changed articles (unset → full build).
// HAIQIAO_BUILD_MANIFEST: where to write this build's article ids and related-content links.
import { readFileSync, writeFileSync } from 'node:fs'

export type BuildManifest = { articles: Record<string, string[]> }

const changed = process.env.HAIQIAO_PARTIAL_ARTICLES ? new Set(process.env.HAIQIAO_PARTIAL_ARTICLES.split(',')) : undefined

export const isPartialBuild = () => changed !== undefined

function previousManifest(): BuildManifest {
  const file = process.env.HAIQIAO_PREVIOUS_MANIFEST
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : { articles: {} }
}

/**
 * Records every article's related links in the manifest and, in a partial build, keeps only the paths of
 * articles that changed, are new to the site, or link (now or before) to a changed article.
 */
export function onlyChanged<T extends { params: { id: string } }>(paths: T[], relatedOf: (path: T) => string[]): T[] {
  const articles = Object.fromEntries(paths.map((path) => [path.params.id, relatedOf(path)]))
  if (process.env.HAIQIAO_BUILD_MANIFEST) writeFileSync(process.env.HAIQIAO_BUILD_MANIFEST, JSON.stringify({ articles } satisfies BuildManifest))
  if (!changed) return paths
  const before = previousManifest().articles
  const touches = (ids: string[] | undefined) => (ids ?? []).some((id) => changed.has(id))
  // An article the previous build did not have is rendered too: it may have been published after the changes
  // this build was started for were claimed (its own build follows), and lists already link to it.
  return paths.filter(({ params: { id } }) => changed.has(id) || !(id in before) || touches(articles[id]) || touches(before[id]))
}
