// The core's background tasks on the jobs queue; plugins add theirs in their factories (config.jobs.tasks).
// Runner: cms/lib/jobs/runner.ts, started once by `npm start`.
import type { JobsConfig } from 'payload'
import { auditTasks } from '../lib/audit/jobs.ts'
import { mailTasks } from '../lib/notify/jobs.ts'
import { sitePublishTask } from '../publish/index.ts'

export const coreJobs: JobsConfig = {
  tasks: [sitePublishTask, ...mailTasks, ...auditTasks],
  // Each job stays as the record of its run (state, tries, error); the runner prunes them after a week.
  deleteJobOnComplete: false,
}
