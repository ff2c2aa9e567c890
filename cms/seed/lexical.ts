// Builds Lexical rich-text documents (the editor's JSON) from plain paragraphs and headings.
type Block = { heading?: string; text: string }
type LexicalNode = { type: string; version: number; [key: string]: unknown }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  ...extra,
})

export function richText(blocks: (string | Block)[]) {
  const children = blocks.flatMap((block): LexicalNode[] => {
    const { heading, text } =
      typeof block === 'string' ? { heading: undefined, text: block } : block
    const paragraph = element('paragraph', [textNode(text)], { textFormat: 0, textStyle: '' })
    return heading
      ? [element('heading', [textNode(heading)], { tag: 'h2' }), paragraph]
      : [paragraph]
  })
  return { root: element('root', children) }
}
