// Context for the outdated-formulation rule (issue 17 §4): a former name is right where the text describes
// history — the reform itself (组建……，不再保留文化部; 将原农业部的职责整合), the body as it was (原国家旅游局,
// 时任国土资源部部长), or a year before the 2018 reform of the State Council that renamed most of the bodies
// listed (2016年，国家旅游局发布). Only where none of that is in the sentence is the name reported as outdated.
// Pure: string tests on the sentence around the name.

/** Words that, just before the name, say it is the former body: 原文化部, 不再保留农业部, 撤销监察部. */
const BEFORE =
  /(原|不再保留|撤销|撤并|合并|整合|划入|并入|改组|时任|曾任|曾是|当时的?|此前的?|改革前的?)$/u
/** Words that, just after the name, tell its fate: 文化部更名为…, 国家旅游局的职责整合…, 农业部（现农业农村部）. */
const AFTER =
  /^(的?(职责|职能)|更名|改名|改为|改组|撤销|撤并|合并|并入|整合|划入|不再保留|已撤销|[（(]现|旧称|时期|期间)/u
/** Reform cues anywhere in the sentence: 组建……不再保留……, 机构改革, ……的前身. */
const SENTENCE = /不再保留|机构改革方案|前身|更名为|改名为|撤销|历史沿革|组建|重组|保留.{2,16}牌子/u
/** The year of the reform that renamed most of the listed bodies: a year before it in the sentence is history. */
const REFORM_YEAR = 2018
/** How far (characters) before and after the name the near cues are looked for. */
const NEAR = 6

const SENTENCE_END = /[。！？；!?;\n]/u

/** The sentence around [start, end) of `text`. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++
  return text.slice(from, to)
}

/**
 * Whether the former name at [offset, offset + length) of `text` is used in a description of history, where
 * it is correct: a cue word just before or after it, a reform cue in its sentence, or a year before 2018 in
 * its sentence (二〇一六年 in Chinese numerals too is not read; Arabic years only).
 */
export function describesHistory(text: string, offset: number, length: number): boolean {
  const before = text.slice(Math.max(0, offset - NEAR), offset)
  const after = text.slice(offset + length, offset + length + NEAR)
  if (BEFORE.test(before) || AFTER.test(after)) return true
  const sentence = sentenceAround(text, offset, offset + length)
  if (SENTENCE.test(sentence)) return true
  for (const match of sentence.matchAll(/(?<!\d)(19\d\d|20\d\d)\s*年/gu))
    if (Number(match[1]) < REFORM_YEAR) return true
  return false
}
