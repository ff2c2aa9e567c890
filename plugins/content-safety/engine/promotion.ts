// Context for the advertising law's absolute terms (issue 17 §4): 国家级, 世界级, 最佳 are forbidden in
// advertising (《广告法》第九条), and official text uses them innocently (国家级非遗代表性项目, 世界级城市群,
// 国际最佳实践). At notice level they are reported only in a sentence that reads as promotion — a product, a
// price, buying, a seller speaking of itself. Pure: string tests on the sentence.

/** The starter dictionary's category of these terms (data/starterWords.ts). */
export const AD_LAW_CATEGORY = '广告法禁用语'

/** Cues of promotion in a sentence: products and brands, prices and offers, buying, a seller's voice. */
const PROMOTION =
  /产品|商品|品牌|品质|正品|价格|售价|原价|特价|优惠|折扣|促销|抢购|选购|购买|下单|包邮|热销|畅销|销量|厂家|厂商|本店|本公司|我司|我们的|客服|咨询热线|订购|代理|加盟|招商|疗效|功效|配方|保健|减肥|美白|收益|回报|保本|稳赚/u

const SENTENCE_END = /[。！？；!?;\n]/u

/** Whether the sentence around `offset` of `text` reads as promotion (see PROMOTION). */
export function readsAsPromotion(text: string, offset: number): boolean {
  let from = offset
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--
  let to = offset
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++
  return PROMOTION.test(text.slice(from, to))
}
