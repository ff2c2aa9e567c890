// The visitor's accessibility settings: stored in localStorage, reflected as data-a11y-* on <html>.
// public/a11y-init.js applies the same attributes before first paint.
export type Scheme = 'default' | 'contrast' | 'dark' | 'yellow'

export type A11yState = {
  open: boolean
  scheme: Scheme
  zoom: number
  cursor: boolean
  crosshair: boolean
  caption: boolean
  textOnly: boolean
  speak: boolean
  shortcuts: boolean
}

export const STORAGE_KEY = 'haiqiao-a11y'
export const ZOOM_STEPS = [1, 1.25, 1.5, 1.75, 2]
export const SCHEMES: Scheme[] = ['default', 'contrast', 'dark', 'yellow']

export const DEFAULTS: A11yState = {
  open: false,
  scheme: 'default',
  zoom: 1,
  cursor: false,
  crosshair: false,
  caption: false,
  textOnly: false,
  speak: false,
  shortcuts: true,
}

export function loadState(): A11yState {
  try {
    return {
      ...DEFAULTS,
      ...(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<A11yState>),
    }
  } catch {
    return { ...DEFAULTS }
  }
}

export function saveState(state: A11yState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state))
  } catch {
    // Private browsing: settings last for this page only.
  }
}

export function applyState(state: A11yState): void {
  const root = document.documentElement
  for (const [key, value] of Object.entries(state)) {
    const name = `data-a11y-${key.toLowerCase()}`
    if (value === false || value === 'default' || value === 1) root.removeAttribute(name)
    else root.setAttribute(name, String(value))
  }
  root.style.setProperty('--a11y-zoom', String(state.zoom))
}
