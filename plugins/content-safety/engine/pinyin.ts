// Pinyin and initials of a listed word, for entries that ask for them (a dictionary option): evaders write
// 法轮功 as falungong, fa lun gong or flg. Readings come from pinyin-pro (polyphones read in context: 银行行长
// → yin hang hang zhang), without tones, ü as v. Initials only for words of three characters or more: two
// letters match far too much.
import { pinyin } from 'pinyin-pro'

const HAN = /^[\u3400-\u9fff]+$/u

export function latinForms(word: string): string[] {
  if (!HAN.test(word) || word.length < 2) return []
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true })
  const forms = [syllables.join('')]
  if (word.length >= 3) forms.push(syllables.map((syllable) => syllable[0]).join(''))
  return forms
}
