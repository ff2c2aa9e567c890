// Text hygiene shared by the CMS and the portal: cleaning (cleanText.ts, cleanJson.ts) and cutting (cutText.ts).
export { cleanText, isCleanText, type CleanOptions } from './cleanText.ts'
export { cleanJson } from './cleanJson.ts'
export { boundaryAt, cutText, leadingCharacters, textAround } from './cutText.ts'
