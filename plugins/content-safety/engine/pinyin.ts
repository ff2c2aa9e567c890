// Other spellings of a listed word, for entries that ask for them (dictionary options):
//   pinyin — evaders write 法轮功 as falungong, fa lun gong, fǎ lún gōng (tone marks fold away, normalise.ts),
//   flg, or mixed syllable by syllable with characters (法lun功, fa轮功); readings come from pinyin-pro
//   (polyphones read in context: 银行行长 → yin hang hang zhang), without tones, ü as v. Initials only for words
//   of three characters or more: two letters match far too much;
//   homophones — one character replaced by another read the same (发轮功): candidates from data/same_pinyin.txt,
//   kept when pinyin-pro reads them (any of their readings, toneless) as the character they replace.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'

const HAN = /^[\u3400-\u9fff]+$/u

/** Mixed spellings are made for words of up to this many characters (2^n − 2 of them: 62 for six). */
const MIXED_MAX = 6

const toneless = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true })

/** Full pinyin, initials (three characters or more), then every mix of characters and syllables. */
export function latinForms(word: string): string[] {
  if (!HAN.test(word) || word.length < 2) return []
  const syllables = toneless(word)
  const forms = [syllables.join('')]
  if (word.length >= 3) forms.push(syllables.map((syllable) => syllable[0]).join(''))
  if (word.length <= MIXED_MAX) {
    const chars = [...word]
    // Each bit of `mask` writes that character as its syllable; neither none nor all (the word, the full form).
    for (let mask = 1; mask < (1 << chars.length) - 1; mask++)
      forms.push(chars.map((ch, i) => (mask & (1 << i) ? syllables[i] : ch)).join(''))
  }
  return forms
}

let samePinyin: Map<string, string[]> | undefined

/** data/same_pinyin.txt: a character, those read alike with the same tone, with another tone (read on first use). */
function candidates(): Map<string, string[]> {
  if (samePinyin) return samePinyin
  const file = path.resolve(process.cwd(), 'plugins/content-safety/engine/data/same_pinyin.txt')
  const map = new Map<string, string[]>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [ch, same = '', other = ''] = line.split('\t')
    if (ch) map.set(ch, [...same, ...other])
  }
  return (samePinyin = map)
}

/** The word with one character replaced by a homophone, each way (发轮功, 法伦功 … for 法轮功). */
export function homophoneForms(word: string): string[] {
  if (!HAN.test(word) || word.length < 2) return []
  const chars = [...word]
  const syllables = toneless(word)
  const forms = new Set<string>()
  chars.forEach((ch, i) => {
    for (const other of candidates().get(ch) ?? []) {
      const readings = pinyin(other, { toneType: 'none', type: 'array', v: true, multiple: true })
      if (readings.includes(syllables[i]!))
        forms.add([...chars.slice(0, i), other, ...chars.slice(i + 1)].join(''))
    }
  })
  forms.delete(word)
  return [...forms]
}
