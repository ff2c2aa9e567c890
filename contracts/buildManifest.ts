// What a portal build leaves for the next one (the publisher hands the previous build's manifest to a
// partial build): every article page and the articles it links to as related content.

/** Article id → ids of the articles its page lists as related. */
export type BuildManifest = { articles: Record<string, string[]> }

/** The file name of a build's manifest, beside its `client/` directory. */
export const MANIFEST_FILE = 'manifest.json'

/** Environment of a portal build (`astro build`), set by the publisher. */
export const BUILD_ENV = {
  /** Where to write this build's manifest. */
  manifest: 'HAIQIAO_BUILD_MANIFEST',
  /** The previous build's manifest (partial builds only). */
  previousManifest: 'HAIQIAO_PREVIOUS_MANIFEST',
  /** Comma-separated ids of the changed articles (unset → full build). */
  partialArticles: 'HAIQIAO_PARTIAL_ARTICLES',
} as const
