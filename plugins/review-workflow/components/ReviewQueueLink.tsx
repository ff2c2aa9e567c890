'use client'
// Navigation entry for 我的待办.
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'

export function ReviewQueueLink() {
  const { config } = useConfig()
  return (
    <Link className="nav__link hq-wf-navlink" href={`${config.routes.admin}/review-queue`}>
      我的待办
    </Link>
  )
}
