// The differences between a protected name and the text that nearly matches it (nameSlips.ts): substituted,
// dropped, inserted and swapped characters, the fewest that explain the text, and how they read for the editor.

/** One difference between a name and the text: at `at` in the name. */
export type Edit =
  | { how: 'substitute'; at: number; expected: string; found: string }
  | { how: 'drop'; at: number; expected: string }
  | { how: 'insert'; at: number; found: string }
  | { how: 'swap'; at: number; expected: string }

/** The edits that turn `word` into `found` (fewest; an adjacent swap counts as one). */
export function editsBetween(word: string, found: string): Edit[] {
  const n = word.length
  const m = found.length
  const d = Array.from({ length: n + 1 }, (_, r) =>
    Array.from({ length: m + 1 }, (_, c) => (r === 0 ? c : c === 0 ? r : 0)),
  )
  for (let r = 1; r <= n; r++)
    for (let c = 1; c <= m; c++) {
      let v = Math.min(
        d[r - 1]![c - 1]! + (word[r - 1] === found[c - 1] ? 0 : 1),
        d[r - 1]![c]! + 1,
        d[r]![c - 1]! + 1,
      )
      if (r > 1 && c > 1 && word[r - 1] === found[c - 2] && word[r - 2] === found[c - 1])
        v = Math.min(v, d[r - 2]![c - 2]! + 1)
      d[r]![c] = v
    }
  const edits: Edit[] = []
  let r = n,
    c = m
  while (r > 0 || c > 0) {
    const here = d[r]![c]!
    if (r > 0 && c > 0 && word[r - 1] === found[c - 1] && d[r - 1]![c - 1] === here) {
      r--
      c--
    } else if (r > 0 && c > 0 && d[r - 1]![c - 1]! + 1 === here) {
      edits.push({ how: 'substitute', at: r - 1, expected: word[r - 1]!, found: found[c - 1]! })
      r--
      c--
    } else if (
      r > 1 &&
      c > 1 &&
      word[r - 1] === found[c - 2] &&
      word[r - 2] === found[c - 1] &&
      d[r - 2]![c - 2]! + 1 === here
    ) {
      edits.push({ how: 'swap', at: r - 2, expected: word.slice(r - 2, r) })
      r -= 2
      c -= 2
    } else if (r > 0 && d[r - 1]![c]! + 1 === here) {
      edits.push({ how: 'drop', at: r - 1, expected: word[r - 1]! })
      r--
    } else {
      edits.push({ how: 'insert', at: r, found: found[c - 1]! })
      c--
    }
  }
  return edits.reverse()
}

/** What differs, for the editor: “命”应为“民”, 漏“国”, 多“X”, “共和”顺序颠倒. */
export const describeEdits = (edits: Edit[]): string =>
  edits
    .map((e) => {
      switch (e.how) {
        case 'substitute':
          return `“${e.found}”应为“${e.expected}”`
        case 'drop':
          return `漏“${e.expected}”`
        case 'insert':
          return `多“${e.found}”`
        case 'swap':
          return `“${e.expected}”顺序颠倒`
      }
    })
    .join('，')
