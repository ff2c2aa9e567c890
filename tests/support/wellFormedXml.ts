// A strict well-formedness check for the XML the portal emits (feeds, sitemap): the characters XML 1.0
// allows, balanced and properly nested elements, quoted attributes, known or numeric entity references.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*'
const TOKEN = new RegExp(
  `<\\?[^?]*\\?>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!--[\\s\\S]*?-->|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?!(?:lt|gt|amp|quot|apos|#\\d+|#x[0-9a-fA-F]+);)`,
  'gu',
)

/** What is wrong with `xml` as a well-formed XML 1.0 document (empty when nothing is). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  if (!XML_CHAR.test(xml)) {
    const bad = [...xml].find((char) => !XML_CHAR.test(char)) ?? ''
    problems.push(
      `XML 不允许的字符 U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    )
  }
  const open: string[] = []
  let roots = 0
  for (const match of xml.matchAll(TOKEN)) {
    const [token, closing, name, , selfClosing] = match
    if (token === '<' || token.startsWith('&'))
      problems.push(`第 ${match.index} 个字符：未转义的“${token}”`)
    else if (!name) continue
    else if (closing) {
      if (open.pop() !== name)
        problems.push(`第 ${match.index} 个字符：</${name}> 与开始标签不匹配`)
    } else if (!selfClosing) {
      if (open.length === 0) roots++
      open.push(name)
    } else if (open.length === 0) roots++
  }
  if (open.length) problems.push(`未闭合的元素：${open.join(' > ')}`)
  if (roots !== 1) problems.push(`根元素应恰有一个（实有 ${roots} 个）`)
  return problems
}
