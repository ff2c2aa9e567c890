// Applies the visitor's stored accessibility settings before first paint (see src/scripts/a11y/state.ts)
// and marks the page as scripted.
;(function () {
  // The toolbar is script-driven: without JavaScript its launcher stays hidden (global.css).
  document.documentElement.classList.add('js')
  try {
    var state = JSON.parse(localStorage.getItem('haiqiao-a11y') || '{}')
    var root = document.documentElement
    for (var key in state) {
      var value = state[key]
      if (value === false || value === 'default' || value === 1) continue
      root.setAttribute('data-a11y-' + key.toLowerCase(), String(value))
    }
    if (state.zoom) root.style.setProperty('--a11y-zoom', String(state.zoom))
  } catch (_unreadable) {
    // Storage blocked or a stale value: the page keeps its default settings.
  }
})()
