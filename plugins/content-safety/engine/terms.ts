// The plugin's words for list types (which list an entry is on) and levels: the names the admin, the import/export files and the
// import page use. Plain data, so the admin's client components can import it too.
export type ListType = 'word' | 'allow' | 'typo' | 'protected' | 'retired' | 'outdated'
export type Level = 'block' | 'review' | 'notice'

/** Short names, as written in import/export files and shown in lists. */
export const LIST_TYPE_NAMES: Record<ListType, string> = {
  word: '敏感词',
  typo: '错别字',
  protected: '保护词',
  outdated: '过时表述',
  retired: '已不在任',
  allow: '白名单',
}
export const LEVEL_NAMES: Record<Level, string> = { block: '禁止', review: '审核', notice: '提示' }
/** A finding's level as the admin and the notices show it. */
export const FINDING_LEVEL: Record<Level, string> = {
  block: '禁止',
  review: '须审核确认',
  notice: '提示',
}
/** Levels from the most serious: for sorting, and for choosing between entries. */
export const LEVEL_RANK: Record<Level, number> = { block: 0, review: 1, notice: 2 }

/** What each list type does, for the select in the admin. */
export const LIST_TYPE_HINTS: Record<ListType, string> = {
  word: '',
  typo: '（错误写法 → 正确写法）',
  protected: '（国名、机构名、领导人姓名职务、固定表述；近似写法一律禁止）',
  outdated: '（→ 现行表述）',
  retired: '人员',
  allow: '（不报告其中包含的词）',
}
export const LEVEL_HINTS: Record<Level, string> = {
  block: '（阻止发布）',
  review: '（须审核人确认）',
  notice: '',
}

export const LIST_TYPE_EN: Record<ListType, string> = {
  word: 'Sensitive word',
  typo: 'Typo (wrong → right)',
  protected: 'Protected term',
  outdated: 'Outdated formulation',
  retired: 'No longer in office',
  allow: 'Allow-list',
}
export const LEVEL_EN: Record<Level, string> = {
  block: 'Block',
  review: 'Review',
  notice: 'Notice',
}

/** Only suspected typos below block level can be accepted by an editor (not an error here); everything else is for reviewers. */
export const acceptable = (finding: { rule: string; level: Level }) =>
  finding.rule === 'typo' && finding.level !== 'block'

/** The level an entry of each list type takes when none is given (a protected term's near-misses always block). */
export const DEFAULT_LEVEL: Record<ListType, Level> = {
  word: 'review',
  allow: 'notice',
  typo: 'review',
  protected: 'block',
  retired: 'review',
  outdated: 'review',
}
