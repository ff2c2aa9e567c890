// Replaces every Lexical rich-text value in a document with its HTML, so the portal build renders strings.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { isLexical } from '../../../lib/lexical.ts'

export function richTextToHtml(value: unknown): unknown {
  if (isLexical(value)) return convertLexicalToHTML({ data: value, disableContainer: true })
  if (Array.isArray(value)) return value.map(richTextToHtml)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, richTextToHtml(inner)]),
    )
  }
  return value
}
