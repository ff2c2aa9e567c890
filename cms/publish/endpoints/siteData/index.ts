// GET /api/site-data/:dataset — what the portal build needs and nothing more: published documents only
// (the anonymous access rules apply), relations as ids, rich text as HTML, paged.
import type { Endpoint, PayloadRequest } from 'payload'
import {
  LABELLED_FORMS,
  SITE_DATA_PAGING,
  type SiteDataCollection,
  type SiteDataPage,
} from '../../../../contracts/siteData.ts'
import { problem } from '../../../lib/http/problem.ts'
import { richTextToHtml } from './richTextToHtml.ts'
import { selectLabels } from './selectLabels.ts'

/** Collections the portal renders (contracts/siteData.ts), with the fields it never needs left out. */
export const SITE_DATA_COLLECTIONS: Record<SiteDataCollection, Record<string, false>> = {
  columns: {},
  articles: { tags: false },
  topics: {},
  countries: {},
  'country-profiles': {},
  'risk-alerts': {},
  'service-guides': {},
  trainings: {},
  providers: {},
  'finance-products': {},
  projects: {},
  media: { sizes: false },
}

const { defaultLimit, maxLimit: MAX_LIMIT, maxPage: MAX_PAGE } = SITE_DATA_PAGING

async function handler(req: PayloadRequest): Promise<Response> {
  const dataset = String(req.routeParams?.dataset ?? '')
  if (dataset === 'settings') {
    const settings = await req.payload.findGlobal({
      slug: 'site-settings',
      req,
      depth: 0,
      overrideAccess: false,
    })
    return Response.json(settings)
  }
  // The portal's forms show the options of their collection's selects too (咨询类别).
  if (dataset === 'labels')
    return Response.json(
      selectLabels(req.payload, [...Object.keys(SITE_DATA_COLLECTIONS), ...LABELLED_FORMS]),
    )
  if (!Object.hasOwn(SITE_DATA_COLLECTIONS, dataset))
    return problem(404, 'unknown_dataset', `没有名为“${dataset}”的数据类型`)
  const page = Number(req.searchParams.get('page') ?? 1)
  const limit = Number(req.searchParams.get('limit') ?? defaultLimit)
  if (
    !Number.isInteger(page) ||
    page < 1 ||
    page > MAX_PAGE ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_LIMIT
  ) {
    return problem(
      400,
      'invalid_paging',
      `page 须为 1–${MAX_PAGE} 的整数，limit 须为 1–${MAX_LIMIT} 的整数`,
    )
  }
  const collection = dataset as SiteDataCollection
  const exclude = SITE_DATA_COLLECTIONS[collection]
  const result = await req.payload.find({
    collection,
    req,
    page,
    limit,
    depth: 0,
    draft: false,
    overrideAccess: false,
    user: null,
    sort: 'id',
    ...(Object.keys(exclude).length ? { select: exclude } : {}),
  })
  return Response.json({
    docs: result.docs.map(richTextToHtml),
    page: result.page ?? page,
    hasNextPage: result.hasNextPage,
    totalDocs: result.totalDocs,
  } satisfies SiteDataPage<unknown>)
}

export const siteDataEndpoint: Endpoint = { path: '/site-data/:dataset', method: 'get', handler }
