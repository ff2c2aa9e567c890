// 我的待办 (/admin/review-queue): the documents waiting for the signed-in user, in the admin's own layout.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { ReviewQueueTable } from './ReviewQueueTable.tsx'

export function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 className="hq-wf-title">我的待办</h1>
        <p className="hq-wf-hint">
          按您的角色可以办理、或指定由您处理的文档；已超过办理时限的排在最前。
        </p>
        <ReviewQueueTable />
      </Gutter>
    </DefaultTemplate>
  )
}
