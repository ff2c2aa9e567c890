// The accessibility toolbar's elements, and how they show the current settings.
import { applyState, type A11yState } from './state.ts'

/** The toolbar's switches, with the names announced when they change. */
export const TOGGLE_NAMES = {
  cursor: '大鼠标',
  crosshair: '十字线',
  caption: '大字幕',
  textOnly: '纯文本',
  speak: '指读',
  shortcuts: '快捷键',
} as const
export type Toggle = keyof typeof TOGGLE_NAMES

export type ToolbarView = {
  root: HTMLElement
  toolbar: HTMLElement
  /** Live region: what changed, for screen readers. */
  status: HTMLElement
  caption: HTMLElement
  help: HTMLDialogElement
  /** The horizontal and the vertical line of the crosshair. */
  crosshairs: HTMLElement[]
  find: <T extends Element>(selector: string) => T
}

export function toolbarView(root: HTMLElement): ToolbarView {
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!
  return {
    root,
    toolbar: find<HTMLElement>('.a11y-toolbar'),
    status: find<HTMLElement>('[data-a11y-status]'),
    caption: find<HTMLElement>('[data-a11y-caption-bar]'),
    help: find<HTMLDialogElement>('[data-a11y-help]'),
    crosshairs: [...root.querySelectorAll<HTMLElement>('[data-a11y-line]')],
    find,
  }
}

/** Applies `state` to the page and the toolbar's buttons (pressed, expanded, zoom label). */
export function renderToolbar(view: ToolbarView, state: A11yState, reading: boolean): void {
  const { root, toolbar, caption, crosshairs, find } = view
  applyState(state)
  toolbar.hidden = !state.open
  find<HTMLElement>('[data-a11y-action="open"]').setAttribute('aria-expanded', String(state.open))
  for (const button of root.querySelectorAll<HTMLElement>('[data-a11y-scheme]')) {
    button.setAttribute('aria-pressed', String(button.dataset.a11yScheme === state.scheme))
  }
  for (const button of root.querySelectorAll<HTMLElement>('[data-a11y-toggle]')) {
    button.setAttribute('aria-pressed', String(state[button.dataset.a11yToggle as Toggle]))
  }
  find<HTMLElement>('[data-a11y-action="read-all"]').setAttribute('aria-pressed', String(reading))
  find<HTMLElement>('[data-a11y-zoom-label]').textContent = `${Math.round(state.zoom * 100)}%`
  for (const line of crosshairs) line.hidden = !(state.open && state.crosshair)
  caption.hidden = !(state.open && state.caption)
}
