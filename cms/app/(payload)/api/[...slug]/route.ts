// Payload REST API, every answer in the house error shape (lib/http/guardRoute.ts).
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { guardRoute } from '../../../../lib/http/guardRoute.ts'

export const GET = guardRoute(config, REST_GET(config))
export const POST = guardRoute(config, REST_POST(config))
export const DELETE = guardRoute(config, REST_DELETE(config))
export const PATCH = guardRoute(config, REST_PATCH(config))
export const PUT = guardRoute(config, REST_PUT(config))
export const OPTIONS = guardRoute(config, REST_OPTIONS(config))
