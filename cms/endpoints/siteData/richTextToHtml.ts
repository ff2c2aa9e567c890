// Replaces every Lexical rich-text value in a document with its HTML, so the portal build renders strings.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
type SerializedEditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

const isLexical = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' && value !== null && 'root' in value && (value as { root?: { type?: string } }).root?.type === 'root'

export function richTextToHtml(value: unknown): unknown {
  if (isLexical(value)) return convertLexicalToHTML({ data: value, disableContainer: true })
  if (Array.isArray(value)) return value.map(richTextToHtml)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, richTextToHtml(inner)]))
  }
  return value
}
