// Lexical rich-text values (the editor's JSON) as stored by Payload.
import type { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

export type SerializedEditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

/** Is this a Lexical document (and not some other JSON)? */
export const isLexical = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' &&
  value !== null &&
  'root' in value &&
  (value as { root?: { type?: string } }).root?.type === 'root'
