// 我要办事, 风险提示, 培训活动, 项目对接, 专题: ordered the way each page lists them.
import { loadAll, memo } from './client.ts'
import type { Project, RiskAlert, ServiceGuide, Topic, Training } from './types.ts'

export const getServiceGuides = () =>
  memo('service-guides:sorted', async () =>
    [...(await loadAll<ServiceGuide>('service-guides'))].sort(
      (a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, 'zh'),
    ),
  )

const LEVEL_ORDER = ['red', 'orange', 'yellow', 'blue']

/** Current alerts first (by severity, then newest), expired ones after; "expired" as of the build. */
export const getRiskAlerts = () =>
  memo('risk-alerts:sorted', async (): Promise<(RiskAlert & { expired: boolean })[]> => {
    const now = new Date()
    const alerts = (await loadAll<RiskAlert>('risk-alerts')).map((alert) => ({
      ...alert,
      expired: isExpired(alert, now),
    }))
    return alerts.sort(
      (a, b) =>
        Number(a.expired) - Number(b.expired) ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        b.validFrom.localeCompare(a.validFrom),
    )
  })

export const isExpired = (alert: Pick<RiskAlert, 'validTo'>, now = new Date()) =>
  Boolean(alert.validTo && new Date(alert.validTo) < now)

export const getTrainings = () =>
  memo('trainings:sorted', async () =>
    [...(await loadAll<Training>('trainings'))].sort((a, b) => a.startAt.localeCompare(b.startAt)),
  )

export const getProjects = () =>
  memo('projects:sorted', async () =>
    [...(await loadAll<Project>('projects'))].sort((a, b) =>
      (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
    ),
  )

export const getTopics = () =>
  memo('topics:sorted', async () =>
    [...(await loadAll<Topic>('topics'))].sort((a, b) => a.title.localeCompare(b.title, 'zh')),
  )
