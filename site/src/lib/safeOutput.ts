// Text as it leaves the portal in XML (sitemap, feeds) and in JSON inside <script> (JSON-LD): cleaned of
// what XML forbids (contracts/text) and escaped for where it goes, whatever the data holds.
import { cleanJson, cleanText } from '../../../contracts/text/index.ts'

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Character data or an attribute value for XML 1.0. */
export const xmlText = (value: string): string =>
  cleanText(value).replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)

/** One line of text for a feed or a sitemap (the XML library escapes it; this removes what it would not). */
export const feedText = (value: string): string => cleanText(value, { lines: 'join' })

/** JSON for a <script> element: no `</script>`, `<!--` or line separators can end or bend it. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(cleanJson(value)).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
