// A guard for proper names (issue 17 §4): the typo check reads words against a lexicon of common words, and a
// name is not one — 刘志远 is no slip of 刘知远, 洪玛奈 no slip of anything, “浙里办” is an app's name. Where a
// span of the text is most likely a name, typo notices inside it are dropped (names of protected bodies and
// places are checked by their own rules, nameSlips.ts, which this guard does not touch).
//   - a person's name by its title or verb: 常务副主席刘志远主持, 张建华同志, 首相洪玛奈会见;
//   - a foreign name written in transliteration characters (三个或更多: 托卡耶夫, 普拉博沃, 穆罕默德);
//   - a short term in quotation marks (“浙里办”“最缺工”“四风”): a name or a slogan cited as written.
// Pure: string tests on the text.

/** Titles and forms of address just before a person's name (常务副主席刘志远, 首相洪玛奈). */
const TITLE_BEFORE =
  /(主席|书记|总理|总统|首相|国王|王储|大使|领事|部长|外长|省长|市长|县长|区长|州长|镇长|乡长|主任|局长|厅长|处长|院长|校长|所长|秘书长|委员长|议长|理事长|董事长|总经理|教授|研究员|院士|记者|通讯员|同志)/gu
/** Words that follow a person's name (张建华同志, 刘志远主持召开, 马克龙表示): where a name after a title stops. */
const AFTER_NAME =
  /^(同志|先生|女士|主持|出席|会见|会晤|表示|指出|强调|介绍|讲话|致辞|当选|担任|一行|等人|书记|市长|县长|区长|主任|部长|局长|总统|总理|首相|教授|院士)/u
/** Titles after a name, where the name is only taken when it starts with a common surname (张建华同志, 李明书记). */
const TITLE_AFTER = /(同志|先生|女士|书记|省长|市长|县长|区长|主任|部长|局长|教授|院士)/gu
/** The most common Chinese surnames (单姓 and a few 复姓). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  ),
)
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '夏侯']
/** Characters used in transliterating foreign names (新华社译名用字中的常用字): a run of three or more is a name. */
const TRANSLITERATION = new Set(
  '阿埃艾爱安昂奥巴拜班邦宝鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁杜敦多厄恩尔法菲费芬弗福盖冈戈格根古哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康考科克肯库奎拉莱兰朗劳勒雷黎里利莉林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米密明莫姆穆纳娜奈南内尼涅努诺欧帕潘佩彭皮普齐奇乔切琼萨塞赛桑瑟森沙什施舍斯苏索塔泰坦汤特提图托瓦旺威韦维温沃乌伍西希谢辛休徐雅亚扬耶伊英尤约泽扎詹兹'.split(
    '',
  ),
)
/** A quoted term at most this long (characters inside the marks) is taken as a name or slogan. */
const QUOTED = 8
/** The longest personal name looked for after a title (two to four characters: 张伟, 刘志远, 欧阳建国). */
const NAME = 4

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['"', '"'],
]

/**
 * Spans [start, end) of `text` that are most likely names: after a title (up to four characters), before a
 * title (two to four characters), runs of three or more transliteration characters, short quoted terms.
 */
export function nameSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  const han = (i: number) => /\p{Script=Han}/u.test(text[i] ?? '')
  const afterName = new RegExp(AFTER_NAME.source.slice(1), 'uy')
  const followsName = (at: number) => {
    afterName.lastIndex = at
    return afterName.test(text)
  }
  for (const match of text.matchAll(TITLE_BEFORE)) {
    // After a title: the name runs to the next non-Chinese character or a word that follows names.
    const i = match.index + match[0].length
    let end = i
    while (end < text.length && end - i < NAME && han(end) && !followsName(end)) end++
    if (end - i >= 2) spans.push([i, end])
  }
  // Before a title: a surname and one or two characters (a 复姓 and one or two) ending where the title starts.
  for (const match of text.matchAll(TITLE_AFTER)) {
    const at = match.index
    for (const size of [2, 3, 4]) {
      const start = at - size
      if (start < 0 || !han(start)) continue
      const head = text.slice(start, start + 2)
      if (SURNAMES.has(text[start]!) ? size <= 3 : COMPOUND_SURNAMES.includes(head) && size >= 3)
        spans.push([start, at])
    }
  }
  let run = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && TRANSLITERATION.has(text[i]!)) run++
    else {
      if (run >= 3) spans.push([i - run, i])
      run = 0
    }
  }
  for (const [open, close] of QUOTES) {
    let from = text.indexOf(open)
    while (from >= 0) {
      const to = text.indexOf(close, from + 1)
      if (to < 0) break
      if (to - from - 1 <= QUOTED) spans.push([from + 1, to])
      from = text.indexOf(open, to + 1)
    }
  }
  return spans
}

/** Whether [offset, offset + length) overlaps one of `spans`. */
export const inName = (spans: [number, number][], offset: number, length: number): boolean =>
  spans.some(([start, end]) => offset < end && start < offset + length)
