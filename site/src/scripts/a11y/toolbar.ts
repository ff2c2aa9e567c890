// Wires the accessibility toolbar: buttons, shortcuts, crosshair, caption bar and read-aloud.
import { rovingFocus } from './rovingFocus.ts'
import { commandForKey, type Command } from './shortcuts.ts'
import { readingBlocks, speak, speechAvailable, stopSpeaking } from './speech.ts'
import {
  applyState,
  DEFAULTS,
  loadState,
  saveState,
  SCHEMES,
  ZOOM_STEPS,
  type A11yState,
  type Scheme,
} from './state.ts'
import { textUnder } from './textUnder.ts'

const SCHEME_NAMES: Record<Scheme, string> = {
  default: '默认配色',
  contrast: '高对比度',
  dark: '深色',
  yellow: '黄底黑字',
}
const TOGGLE_NAMES = {
  cursor: '大鼠标',
  crosshair: '十字线',
  caption: '大字幕',
  textOnly: '纯文本',
  speak: '指读',
  shortcuts: '快捷键',
} as const
type Toggle = keyof typeof TOGGLE_NAMES

export function startA11yToolbar(): void {
  const root = document.querySelector<HTMLElement>('[data-a11y]')
  if (!root) return
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!
  const toolbar = $<HTMLElement>('.a11y-toolbar')
  const status = $<HTMLElement>('[data-a11y-status]')
  const caption = $<HTMLElement>('[data-a11y-caption-bar]')
  const help = $<HTMLDialogElement>('[data-a11y-help]')
  const crosshairs = [...root.querySelectorAll<HTMLElement>('[data-a11y-line]')]
  let state = loadState()
  let reading: HTMLElement[] | undefined

  const announce = (message: string) => {
    status.textContent = message
  }

  const render = () => {
    applyState(state)
    toolbar.hidden = !state.open
    $<HTMLElement>('[data-a11y-action="open"]').setAttribute('aria-expanded', String(state.open))
    for (const button of root.querySelectorAll<HTMLElement>('[data-a11y-scheme]')) {
      button.setAttribute('aria-pressed', String(button.dataset.a11yScheme === state.scheme))
    }
    for (const button of root.querySelectorAll<HTMLElement>('[data-a11y-toggle]')) {
      button.setAttribute('aria-pressed', String(state[button.dataset.a11yToggle as Toggle]))
    }
    $<HTMLElement>('[data-a11y-action="read-all"]').setAttribute(
      'aria-pressed',
      String(Boolean(reading)),
    )
    $<HTMLElement>('[data-a11y-zoom-label]').textContent = `${Math.round(state.zoom * 100)}%`
    for (const line of crosshairs) line.hidden = !(state.open && state.crosshair)
    caption.hidden = !(state.open && state.caption)
  }

  const update = (change: Partial<A11yState>, message?: string) => {
    state = { ...state, ...change }
    saveState(state)
    render()
    if (message) announce(message)
  }

  const zoomBy = (step: number) => {
    const index = Math.max(
      0,
      Math.min(ZOOM_STEPS.length - 1, ZOOM_STEPS.indexOf(state.zoom) + step),
    )
    update({ zoom: ZOOM_STEPS[index] }, `页面缩放 ${Math.round(ZOOM_STEPS[index]! * 100)}%`)
  }

  const toggle = (name: Toggle) =>
    update({ [name]: !state[name] }, `${TOGGLE_NAMES[name]}已${state[name] ? '关闭' : '开启'}`)

  const stopReading = () => {
    reading?.forEach((block) => block.classList.remove('a11y-reading'))
    reading = undefined
    stopSpeaking()
    render()
  }

  const readAll = () => {
    if (reading) return stopReading()
    if (!speechAvailable()) return announce('当前浏览器不支持语音朗读')
    reading = readingBlocks(document.getElementById('main') ?? document.body)
    const next = (index: number) => {
      if (!reading) return
      reading.forEach((block) => block.classList.remove('a11y-reading'))
      const block = reading[index]
      if (!block) return stopReading()
      block.classList.add('a11y-reading')
      block.scrollIntoView({ block: 'center', behavior: 'smooth' })
      speak(block.innerText, () => next(index + 1))
    }
    render()
    next(0)
  }

  const run = (command: Command) => {
    switch (command) {
      case 'zoom-in':
        return zoomBy(1)
      case 'zoom-out':
        return zoomBy(-1)
      case 'next-scheme': {
        const scheme = SCHEMES[(SCHEMES.indexOf(state.scheme) + 1) % SCHEMES.length]!
        return update({ scheme }, `配色：${SCHEME_NAMES[scheme]}`)
      }
      case 'read-all':
        return readAll()
      case 'help':
        return help.showModal()
      case 'reset':
        stopReading()
        return update({ ...DEFAULTS, open: state.open }, '已恢复默认设置')
      case 'close':
        stopReading()
        return update({ ...DEFAULTS, open: false }, '已退出无障碍工具条')
      default:
        return toggle(command)
    }
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button')
    if (!button || !root.contains(button)) return
    const { a11yScheme, a11yToggle, a11yAction } = button.dataset
    if (a11yScheme)
      update({ scheme: a11yScheme as Scheme }, `配色：${SCHEME_NAMES[a11yScheme as Scheme]}`)
    else if (a11yToggle) toggle(a11yToggle as Toggle)
    else if (a11yAction === 'open')
      update({ open: !state.open }, state.open ? '无障碍工具条已收起' : '无障碍工具条已打开')
    else if (a11yAction === 'elder')
      update(
        { open: true, zoom: 1.5, cursor: true, caption: true },
        '已开启长者模式：放大、大鼠标、大字幕',
      )
    else if (a11yAction) run(a11yAction as Command)
  })

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && reading) return stopReading()
    if (!state.open || !state.shortcuts || help.open) return
    const command = commandForKey(event)
    if (!command) return
    event.preventDefault()
    run(command)
  })

  document.addEventListener(
    'pointermove',
    (event) => {
      if (!state.open || !state.crosshair) return
      crosshairs[0]!.style.transform = `translateY(${event.clientY}px)`
      crosshairs[1]!.style.transform = `translateX(${event.clientX}px)`
    },
    { passive: true },
  )

  let lastText = ''
  const follow = (event: Event) => {
    if (!state.open || (!state.caption && !state.speak) || reading) return
    const text = textUnder(event.target)
    if (!text || text === lastText) return
    lastText = text
    if (state.caption) caption.textContent = text
    if (state.speak) speak(text)
  }
  document.addEventListener('pointerover', follow)
  document.addEventListener('focusin', follow)

  rovingFocus(toolbar)
  render()
}
