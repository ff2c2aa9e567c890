// Slugs of the collections the plugin adds.
export const WORKFLOWS = 'workflows'
export const HISTORY = 'workflow-history'
export const SCHEDULES = 'workflow-schedules'
