// The search page: Pagefind's JS API with filters, sort, excerpts and "load more".
import { searchChinese } from './searchQuery.ts'

type PagefindResult = {
  id: string
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>
}
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] }>
}

const PAGE = 10

type ResultData = Awaited<ReturnType<PagefindResult['data']>>

/** Fills the filter selects with Pagefind's values and counts, and restores the form from the address. */
async function restoreForm(form: HTMLFormElement, pagefind: Pagefind): Promise<void> {
  const params = new URLSearchParams(location.search)
  const available = await pagefind.filters()
  for (const select of form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')) {
    const values = Object.entries(available[select.name] ?? {}).sort(([a], [b]) =>
      select.name === '年份' ? b.localeCompare(a) : a.localeCompare(b, 'zh'),
    )
    for (const [value, count] of values) select.add(new Option(`${value}（${count}）`, value))
    select.value = params.get(select.name) ?? ''
  }
  form.querySelector<HTMLInputElement>('[data-search-query]')!.value = params.get('q') ?? ''
  form.querySelector<HTMLSelectElement>('[data-search-sort]')!.value = params.get('sort') ?? ''
}

/** One result: title link, excerpt with the matches marked, publication date. */
function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li')
  const link = Object.assign(document.createElement('a'), {
    href: data.url,
    textContent: data.meta.title ?? data.url,
  })
  const excerpt = document.createElement('p')
  excerpt.innerHTML = data.excerpt // Pagefind's excerpt: escaped page text with <mark> around matches.
  const meta = Object.assign(document.createElement('p'), {
    className: 'meta',
    textContent: data.meta.date ? `发布日期：${data.meta.date}` : '',
  })
  item.append(link, excerpt, meta)
  return item
}

/** What the form asks for: the query, the chosen filters, and the sort. */
function readForm(form: HTMLFormElement) {
  const data = new FormData(form)
  const query = String(data.get('q') ?? '').trim()
  const filters = Object.fromEntries(
    [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')]
      .filter((s) => s.value)
      .map((s) => [s.name, s.value]),
  )
  const sort = data.get('sort') === 'date' ? { date: 'desc' as const } : undefined
  return { query, filters, sort }
}

export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!
  const status = document.querySelector<HTMLElement>('[data-search-status]')!
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!
  const bundle = '/pagefind/pagefind.js'
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind
  await pagefind.options({ excerptLength: 36 })
  await restoreForm(form, pagefind)

  let results: PagefindResult[] = []
  let shown = 0
  const showMore = async () => {
    const batch = await Promise.all(
      results.slice(shown, shown + PAGE).map((result) => result.data()),
    )
    list.append(...batch.map(resultItem))
    shown += batch.length
    more.hidden = shown >= results.length
  }

  const run = async () => {
    const { query, filters, sort } = readForm(form)
    list.replaceChildren()
    shown = 0
    if (!query && !Object.keys(filters).length) {
      status.textContent = '请输入关键词或选择筛选条件。'
      more.hidden = true
      return
    }
    status.textContent = '正在搜索…'
    results = await searchChinese(pagefind, query, { filters, sort })
    status.textContent = results.length
      ? `找到 ${results.length} 条结果`
      : '没有找到相关内容，请尝试更换关键词或减少筛选条件。'
    await showMore()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const next = new URLSearchParams(
      [...data.entries()].filter(([, v]) => v).map(([k, v]) => [k, String(v)]),
    )
    history.replaceState(null, '', `?${next}`)
    void run()
  })
  more.addEventListener('click', () => void showMore())
  await run()
}
