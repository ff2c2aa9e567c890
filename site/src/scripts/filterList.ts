// Client-side filtering for directories and lists: <form data-filter-for="id"> fields match data-filter-* on
// the list's items ("q" matches data-filter-text). Without JavaScript the form stays hidden and all items show.
export function startFilterLists(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) {
    const list = document.getElementById(form.dataset.filterFor!)
    const status = form.querySelector<HTMLElement>('[data-filter-status]')
    if (!list) continue
    const items = [...list.querySelectorAll<HTMLElement>('[data-filter-text]')]
    const apply = () => {
      const fields = [...new FormData(form).entries()]
        .map(([name, value]) => [name, String(value).trim().toLowerCase()] as const)
        .filter(([, value]) => value)
      let shown = 0
      for (const item of items) {
        const match = fields.every(([name, value]) =>
          name === 'q'
            ? (item.dataset.filterText ?? '').toLowerCase().includes(value)
            : (item.dataset[`filter${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '')
                .toLowerCase()
                .split(' ')
                .includes(value),
        )
        item.hidden = !match
        if (match) shown++
      }
      if (status) status.textContent = `共 ${shown} 条结果`
    }
    form.hidden = false
    form.addEventListener('input', apply)
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      apply()
    })
    form.addEventListener('reset', () => setTimeout(apply))
    apply()
  }
}
