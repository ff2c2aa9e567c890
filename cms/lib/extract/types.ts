// What reading one file's text gives: the text, and why it is incomplete or missing (null when complete).
export type Extracted = { text: string; note: string | null }
