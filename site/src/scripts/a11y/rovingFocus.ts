// WAI-ARIA toolbar pattern: the toolbar is one Tab stop; arrow keys, Home and End move between its buttons.
export function rovingFocus(toolbar: HTMLElement): void {
  const buttons = () => [...toolbar.querySelectorAll<HTMLButtonElement>('button')]
  const focusAt = (index: number) => {
    const all = buttons()
    const target = all[(index + all.length) % all.length]!
    for (const button of all) button.tabIndex = button === target ? 0 : -1
    target.focus()
  }
  buttons().forEach((button, i) => {
    button.tabIndex = i === 0 ? 0 : -1
  })
  toolbar.addEventListener('keydown', (event) => {
    const all = buttons()
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    if (index < 0) return
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: all.length - 1,
    }
    if (!(event.key in moves)) return
    event.preventDefault()
    event.stopPropagation()
    focusAt(moves[event.key]!)
  })
  toolbar.addEventListener('focusin', (event) => {
    for (const button of buttons()) button.tabIndex = button === event.target ? 0 : -1
  })
}
