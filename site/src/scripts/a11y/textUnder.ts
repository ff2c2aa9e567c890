// The text a visitor is pointing at or has focused: what the caption bar shows and 指读 reads.
import { cutText } from '../../../../contracts/text/index.ts'

const BLOCKS =
  'a, button, h1, h2, h3, h4, p, li, td, th, dt, dd, label, figcaption, summary, img, [aria-label]'

export function textUnder(target: EventTarget | null, max = 160): string {
  const element = target instanceof Element ? target.closest<HTMLElement>(BLOCKS) : null
  if (!element || element.closest('[data-a11y-caption-bar]')) return ''
  const text =
    element.getAttribute('aria-label') ??
    (element instanceof HTMLImageElement ? element.alt : '') ??
    ''
  const value = (text || element.innerText || '').replace(/\s+/g, ' ').trim()
  return cutText(value, max)
}
