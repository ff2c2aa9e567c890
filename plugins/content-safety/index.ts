// Content-safety plugin (modules 23, 24): the dictionary managed in the CMS (collections/words.ts: sensitive
// words, typos, protected terms, outdated formulations, names no longer in office, allow-list; import and
// export in endpoints/transfer/), the check of any text (the pure engine, engine/) and of a whole document
// (utilities/document.ts), shown inline while editing in the listed collections, the check of public form
// submissions (hooks/submissionCheck.ts), 内容巡检 on the jobs queue (jobs/rescan.ts), and the gate for the
// review workflow (hooks/gate.ts, passed to review-workflow's `check` option by the host).
//
//   plugins: [contentSafety({ collections: ['articles'], manage: ({ req }) => ..., read: ({ req }) => ... })]
import type { Config, Plugin } from 'payload'
import { signedIn } from '../../cms/lib/access.ts'
import { acceptancesCollection } from './collections/acceptances.ts'
import { withInlineCheck } from './collections/inlineCheck.ts'
import { scansCollection } from './collections/scans.ts'
import { wordsCollection } from './collections/words.ts'
import { acceptEndpoint } from './endpoints/accept.ts'
import { checkDocumentEndpoint, checkTextEndpoint } from './endpoints/check.ts'
import { rescanEndpoint } from './endpoints/rescan.ts'
import { exportEndpoint } from './endpoints/transfer/export.ts'
import { importEndpoint } from './endpoints/transfer/import.ts'
import { withSubmissionCheck } from './hooks/submissionCheck.ts'
import { rescanTasks } from './jobs/rescan.ts'
import type { ContentSafetyOptions, ResolvedOptions } from './types.ts'

/** Fills in the defaults documented on `ContentSafetyOptions`. */
const resolveOptions = (options: ContentSafetyOptions): ResolvedOptions => ({
  ...options,
  collections: options.collections ?? [],
  forms: options.forms ?? [],
  read: options.read ?? signedIn,
  wrapCollection: options.wrapCollection ?? ((collection) => collection),
})

export const contentSafety =
  (given: ContentSafetyOptions): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(given)
    const wrap = options.wrapCollection
    const forms = new Set(options.forms)
    const checked = new Set([...options.collections, ...forms])
    const collections = (config.collections ?? []).map((collection) => {
      const inline = checked.has(collection.slug) ? withInlineCheck(collection) : collection
      return forms.has(collection.slug) ? withSubmissionCheck(inline) : inline
    })
    return {
      ...config,
      collections: [
        ...collections,
        wrap(wordsCollection(options)),
        wrap(acceptancesCollection(options)),
        wrap(scansCollection(options)),
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        checkTextEndpoint(options),
        checkDocumentEndpoint(options, checked),
        acceptEndpoint(options, checked),
        importEndpoint(options),
        exportEndpoint(options),
        rescanEndpoint(options),
      ],
      // For the rescan rounds (jobs/rescan.ts), which run on the jobs queue, outside any request.
      custom: { ...config.custom, contentSafety: options },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...rescanTasks] },
    }
  }

export { Matcher, type Entry, type Level } from './engine/matcher.ts'
export { Checker, type Finding, type DictionaryRow } from './engine/checker.ts'
export { ensureStarterDictionary } from './utilities/dictionary.ts'
export { runRescan } from './jobs/rescan.ts'
export type { ContentSafetyOptions, ScanFinding, ScanReport } from './types.ts'
export { rescanNotice } from './jobs/rescanNotice.ts'
export {
  describeFinding,
  overrideAuditRecord,
  safetyGate,
  type GatedStep,
  type OverrideEvent,
} from './hooks/gate.ts'
export { FINDING_LEVEL } from './engine/terms.ts'
