// Payload GraphQL API, behind our checks: one bounded operation per request, refused with a Chinese 4xx
// before it runs when it is not (cms/lib/graphql/guard.ts).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPostOnly, guardGraphql } from '../../../../lib/graphql/guard.ts'

export const POST = guardGraphql(config, GRAPHQL_POST(config))
export const GET = graphqlPostOnly
export const PUT = graphqlPostOnly
export const PATCH = graphqlPostOnly
export const DELETE = graphqlPostOnly
export const OPTIONS = REST_OPTIONS(config)
