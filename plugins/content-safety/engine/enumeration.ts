// Parallel formulas (issue 17 §4): official text lists short items that repeat a character on purpose —
// 学纪、知纪、明纪、守纪; 保交楼、保民生、保稳定. A character that recurs at the same place in two or more of
// the neighbouring items of a 、-list is written as meant, not a slip (学纪 is no 学期, 知纪 no 知己).
// Pure: string tests on the clause.

const HAN = /\p{Script=Han}/u

/** The run of Chinese characters around `i` of `text`, as [start, end). */
function itemAt(text: string, i: number): [number, number] {
  let start = i
  while (start > 0 && HAN.test(text[start - 1]!)) start--
  let end = i + 1
  while (end < text.length && HAN.test(text[end]!)) end++
  return [start, end]
}

/**
 * Whether the character at `at` of `text` recurs, aligned from the start or from the end of its item, in at
 * least two sibling items of the 、-list it stands in.
 */
export function repeatsInList(text: string, at: number): boolean {
  const ch = text[at]!
  const [start, end] = itemAt(text, at)
  const fromStart = at - start
  const fromEnd = end - at
  let sameStart = 0
  let sameEnd = 0
  const sibling = ([s, e]: [number, number]) => {
    if (text[s + fromStart] === ch && s + fromStart < e) sameStart++
    if (text[e - fromEnd] === ch && e - fromEnd >= s) sameEnd++
  }
  // Items to the left, then to the right, while they are joined by 、.
  for (let left = start; text[left - 1] === '、' && left - 1 > 0 && HAN.test(text[left - 2]!);) {
    const item = itemAt(text, left - 2)
    sibling(item)
    left = item[0]
  }
  for (
    let right = end;
    text[right] === '、' && right + 1 < text.length && HAN.test(text[right + 1]!);
  ) {
    const item = itemAt(text, right + 1)
    sibling(item)
    right = item[1]
  }
  return Math.max(sameStart, sameEnd) >= 2
}
