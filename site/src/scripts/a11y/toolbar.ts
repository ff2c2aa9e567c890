// Wires the accessibility toolbar: buttons, shortcuts, crosshair, caption bar and read-aloud.
import { chooseScheme, runCommand, toggle, type Toolbar } from './commands.ts'
import { readAloud } from './readAloud.ts'
import { rovingFocus } from './rovingFocus.ts'
import { commandForKey, type Command } from './shortcuts.ts'
import { speak } from './speech.ts'
import { loadState, saveState, type Scheme } from './state.ts'
import { textUnder } from './textUnder.ts'
import { renderToolbar, toolbarView, type Toggle, type ToolbarView } from './view.ts'

/** The toolbar's buttons: a scheme, a switch, opening, 长者模式, or a command. */
function listenToButtons({ root }: ToolbarView, bar: Toolbar): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button')
    if (!button || !root.contains(button)) return
    const { a11yScheme, a11yToggle, a11yAction } = button.dataset
    const open = bar.state().open
    if (a11yScheme) chooseScheme(bar, a11yScheme as Scheme)
    else if (a11yToggle) toggle(bar, a11yToggle as Toggle)
    else if (a11yAction === 'open')
      bar.update({ open: !open }, open ? '无障碍工具条已收起' : '无障碍工具条已打开')
    else if (a11yAction === 'elder')
      bar.update(
        { open: true, zoom: 1.5, cursor: true, caption: true },
        '已开启长者模式：放大、大鼠标、大字幕',
      )
    else if (a11yAction) runCommand(bar, a11yAction as Command)
  })
}

/** Escape stops reading; single-key shortcuts while the toolbar is open and they are switched on. */
function listenToKeys(bar: Toolbar): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && bar.reader.active()) return bar.reader.stop()
    const state = bar.state()
    if (!state.open || !state.shortcuts || bar.help.open) return
    const command = commandForKey(event)
    if (!command) return
    event.preventDefault()
    runCommand(bar, command)
  })
}

/** The crosshair follows the pointer; the caption bar and 指读 follow what is pointed at or focused. */
function followPointer({ caption, crosshairs }: ToolbarView, bar: Toolbar): void {
  document.addEventListener(
    'pointermove',
    (event) => {
      const state = bar.state()
      if (!state.open || !state.crosshair) return
      crosshairs[0]!.style.transform = `translateY(${event.clientY}px)`
      crosshairs[1]!.style.transform = `translateX(${event.clientX}px)`
    },
    { passive: true },
  )
  let lastText = ''
  const follow = (event: Event) => {
    const state = bar.state()
    if (!state.open || (!state.caption && !state.speak) || bar.reader.active()) return
    const text = textUnder(event.target)
    if (!text || text === lastText) return
    lastText = text
    if (state.caption) caption.textContent = text
    if (state.speak) speak(text)
  }
  document.addEventListener('pointerover', follow)
  document.addEventListener('focusin', follow)
}

export function startA11yToolbar(): void {
  const root = document.querySelector<HTMLElement>('[data-a11y]')
  if (!root) return
  const view = toolbarView(root)
  let state = loadState()
  const announce = (message: string) => {
    view.status.textContent = message
  }
  const render = () => renderToolbar(view, state, reader.active())
  const reader = readAloud(render, announce)
  const bar: Toolbar = {
    state: () => state,
    update: (change, message) => {
      state = { ...state, ...change }
      saveState(state)
      render()
      if (message) announce(message)
    },
    reader,
    help: view.help,
  }
  listenToButtons(view, bar)
  listenToKeys(bar)
  followPointer(view, bar)
  rovingFocus(view.toolbar)
  render()
}
