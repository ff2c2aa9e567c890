// Read-aloud through the browser's speech synthesis, preferring a Chinese voice.
export const speechAvailable = () => typeof window !== 'undefined' && 'speechSynthesis' in window

function chineseVoice(): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((voice) => /^zh(-|_|$)/i.test(voice.lang))
}

export function hasChineseVoice(): boolean {
  return speechAvailable() && Boolean(chineseVoice())
}

export function speak(text: string, onEnd?: () => void): void {
  if (!speechAvailable() || !text.trim()) return onEnd?.()
  speechSynthesis.cancel()
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.lang = 'zh-CN'
  const voice = chineseVoice()
  if (voice) utterance.voice = voice
  utterance.rate = 0.9
  if (onEnd) utterance.onend = () => onEnd()
  speechSynthesis.speak(utterance)
}

export function stopSpeaking(): void {
  if (speechAvailable()) speechSynthesis.cancel()
}

/** The readable blocks of the main content, in order, for 连读. */
export function readingBlocks(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, td, th, dt, dd, figcaption'),
  ].filter((block) => block.innerText.trim() && !block.closest('[hidden], .a11y'))
}
