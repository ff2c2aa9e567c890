// What the toolbar's buttons and shortcuts do to the settings.
import type { ReadAloud } from './readAloud.ts'
import type { Command } from './shortcuts.ts'
import { DEFAULTS, SCHEMES, ZOOM_STEPS, type A11yState, type Scheme } from './state.ts'
import { TOGGLE_NAMES, type Toggle } from './view.ts'

export const SCHEME_NAMES: Record<Scheme, string> = {
  default: '默认配色',
  contrast: '高对比度',
  dark: '深色',
  yellow: '黄底黑字',
}

/** The running toolbar, as the commands see it. */
export type Toolbar = {
  state: () => A11yState
  /** Saves and shows a change of settings, announcing `message` when given. */
  update: (change: Partial<A11yState>, message?: string) => void
  reader: ReadAloud
  help: HTMLDialogElement
}

const zoomBy = ({ state, update }: Toolbar, step: number) => {
  const index = Math.max(
    0,
    Math.min(ZOOM_STEPS.length - 1, ZOOM_STEPS.indexOf(state().zoom) + step),
  )
  update({ zoom: ZOOM_STEPS[index] }, `页面缩放 ${Math.round(ZOOM_STEPS[index]! * 100)}%`)
}

export const toggle = ({ state, update }: Toolbar, name: Toggle) =>
  update({ [name]: !state()[name] }, `${TOGGLE_NAMES[name]}已${state()[name] ? '关闭' : '开启'}`)

export const chooseScheme = ({ update }: Toolbar, scheme: Scheme) =>
  update({ scheme }, `配色：${SCHEME_NAMES[scheme]}`)

export function runCommand(bar: Toolbar, command: Command): void {
  const { state, update, reader } = bar
  switch (command) {
    case 'zoom-in':
      return zoomBy(bar, 1)
    case 'zoom-out':
      return zoomBy(bar, -1)
    case 'next-scheme':
      return chooseScheme(bar, SCHEMES[(SCHEMES.indexOf(state().scheme) + 1) % SCHEMES.length]!)
    case 'read-all':
      return reader.toggle()
    case 'help':
      return bar.help.showModal()
    case 'reset':
      reader.stop()
      return update({ ...DEFAULTS, open: state().open }, '已恢复默认设置')
    case 'close':
      reader.stop()
      return update({ ...DEFAULTS, open: false }, '已退出无障碍工具条')
    default:
      return toggle(bar, command)
  }
}
