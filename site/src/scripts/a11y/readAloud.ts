// 连读: reads the main content aloud block by block, marking and scrolling to the block being read.
import { readingBlocks, speak, speechAvailable, stopSpeaking } from './speech.ts'

export type ReadAloud = {
  /** True while reading. */
  active: () => boolean
  /** Starts reading from the top, or stops when reading. */
  toggle: () => void
  stop: () => void
}

/** `changed` runs when reading starts or stops; `announce` tells when speech is not available. */
export function readAloud(changed: () => void, announce: (message: string) => void): ReadAloud {
  let reading: HTMLElement[] | undefined

  const stop = () => {
    reading?.forEach((block) => block.classList.remove('a11y-reading'))
    reading = undefined
    stopSpeaking()
    changed()
  }

  const next = (index: number) => {
    if (!reading) return
    reading.forEach((block) => block.classList.remove('a11y-reading'))
    const block = reading[index]
    if (!block) return stop()
    block.classList.add('a11y-reading')
    block.scrollIntoView({ block: 'center', behavior: 'smooth' })
    speak(block.innerText, () => next(index + 1))
  }

  const toggle = () => {
    if (reading) return stop()
    if (!speechAvailable()) return announce('当前浏览器不支持语音朗读')
    reading = readingBlocks(document.getElementById('main') ?? document.body)
    changed()
    next(0)
  }

  return { active: () => Boolean(reading), toggle, stop }
}
