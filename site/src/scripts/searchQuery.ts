// Chinese queries against Pagefind: the query as typed first; if that finds nothing (Pagefind segmented the
// indexed sentence differently, e.g. 生物医药 inside "…和生物医药是…"), again with the words split by
// the browser's own segmenter (Intl.Segmenter), which Pagefind then requires together.
export type PagefindSearchOptions = {
  filters?: Record<string, string>
  sort?: Record<string, 'asc' | 'desc'>
}
export type PagefindLike<R> = {
  search: (query: string | null, options?: PagefindSearchOptions) => Promise<{ results: R[] }>
}

export function segmentQuery(query: string): string {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  return [...segmenter.segment(query)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment)
    .join(' ')
}

export async function searchChinese<R>(
  pagefind: PagefindLike<R>,
  query: string,
  options: PagefindSearchOptions = {},
): Promise<R[]> {
  const trimmed = query.trim()
  const first = await pagefind.search(trimmed || null, options)
  if (first.results.length || !trimmed) return first.results
  const segmented = segmentQuery(trimmed)
  if (segmented === trimmed) return first.results
  return (await pagefind.search(segmented, options)).results
}
