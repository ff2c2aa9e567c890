// Public form submissions (consultations, demands, registrations: options.forms): a new submission is checked
// before it is stored. Block-level content refuses it with a Chinese message naming the field, and nothing
// is written; other findings are stored with it as 待人工核对 for the staff who handle it, who also see the
// findings in the sidebar panel when they open it. Personal data is what forms collect: not a finding here.
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Field,
} from 'payload'
import { cutText } from '../../../contracts/text/index.ts'
import { currentChecker } from '../utilities/dictionary.ts'
import { findingsOf } from '../utilities/document.ts'
import { describeFinding } from './gate.ts'

const FLAG = 'safetyFlag'
const NOTES = 'safetyNotes'

// Read-only, so the check does not read what it wrote (utilities/fieldTexts.ts, isCheckedText).
const flagFields: Field[] = [
  {
    name: FLAG,
    type: 'select',
    index: true,
    label: { zh: '提交时检查', en: 'Checked on submission' },
    options: [
      { value: 'clean', label: { zh: '未发现问题', en: 'No findings' } },
      { value: 'flagged', label: { zh: '待人工核对', en: 'To be reviewed' } },
    ],
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: NOTES,
    type: 'textarea',
    label: { zh: '提交时发现', en: 'Findings on submission' },
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.[NOTES]) },
  },
]

const checkSubmission =
  (config: CollectionConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    const { checker } = await currentChecker(req)
    const findings = findingsOf(checker, config.fields, data).filter(
      (finding) => finding.rule !== 'personal',
    )
    const blocked = findings.filter((finding) => finding.level === 'block')
    if (blocked.length) {
      throw new ValidationError(
        {
          collection: config.slug,
          errors: blocked.map((finding) => ({
            path: finding.field,
            message: `“${finding.fieldLabel}”中含有不能提交的内容“${finding.found}”，请修改后再提交`,
          })),
        },
        req.t,
      )
    }
    data[FLAG] = findings.length ? 'flagged' : 'clean'
    data[NOTES] = findings.length
      ? cutText(
          findings.map((finding) => `${describeFinding(finding)}：${finding.message}`).join('\n'),
          2000,
        )
      : null
    return data
  }

/** A public form's collection, checked on submission. */
export function withSubmissionCheck(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {}
  return {
    ...config,
    fields: [...config.fields, ...flagFields],
    hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), checkSubmission(config)] },
  }
}
