// Every route the malformed-request generator (malformed.ts) aims at, read from what is built rather than
// listed by hand, so that a later plugin's routes are covered without touching the tests: the REST routes of
// the sanitized Payload config (each collection's endpoints, Payload's defaults and ours alike; each global's;
// the root endpoints), GraphQL, and the portal's on-demand pages (`prerender = false` in site/src/pages).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { FlattenedField, SanitizedConfig } from 'payload'

/** A field a `where`, `sort` or body may name, with its type (dotted names reach into groups and arrays). */
export type RouteField = { name: string; type: string }

export type Route = {
  server: 'cms' | 'site'
  method: string
  /** A path template: `:name` (or `:name+`/`*`) marks a parameter the generator fills in. */
  path: string
  /** The collection or global the route belongs to, and its fields, when it has any. */
  entity?: string
  fields: RouteField[]
}

function fieldsOf(fields: FlattenedField[], prefix = '', depth = 0): RouteField[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const name = `${prefix}${field.name}`
    const nested =
      'flattenedFields' in field && Array.isArray(field.flattenedFields) && depth < 2
        ? fieldsOf(field.flattenedFields, `${name}.`, depth + 1)
        : []
    return [{ name, type: field.type }, ...nested]
  })
}

/** The REST routes of a sanitized config, with `/api` and `/api/globals` prefixes, plus GraphQL. */
export function cmsRoutes(config: SanitizedConfig): Route[] {
  const api = config.routes.api
  const routes: Route[] = []
  const add = (prefix: string, endpoints: unknown, entity?: string, fields: RouteField[] = []) => {
    if (!Array.isArray(endpoints)) return
    for (const endpoint of endpoints as { path: string; method: string }[]) {
      routes.push({
        server: 'cms',
        method: endpoint.method.toUpperCase(),
        path: `${api}${prefix}${endpoint.path === '/' ? '' : endpoint.path}`,
        entity,
        fields,
      })
    }
  }
  for (const collection of config.collections)
    add(
      `/${collection.slug}`,
      collection.endpoints,
      collection.slug,
      fieldsOf(collection.flattenedFields),
    )
  for (const global of config.globals)
    add(`/globals/${global.slug}`, global.endpoints, global.slug, fieldsOf(global.flattenedFields))
  add('', config.endpoints)
  routes.push({ server: 'cms', method: 'POST', path: `${api}${config.routes.graphQL}`, fields: [] })
  return routes
}

/** Route template of a page file: `preview/[collection]/[id].astro` → `/preview/:collection/:id/`. */
const pageRoute = (file: string) =>
  `/${file
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\[\.\.\.(\w+)\]/g, ':$1+')
    .replace(/\[(\w+)\]/g, ':$1')}/`.replace(/\/+/g, '/')

/** The portal's pages rendered on request (`export const prerender = false`), for GET and POST. */
export function siteRoutes(pagesDir: string): Route[] {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(astro|ts)$/.test(file),
  )
  const onDemand = files.filter((file) =>
    /export const prerender = false/.test(readFileSync(path.join(pagesDir, file), 'utf8')),
  )
  return onDemand.flatMap((file) =>
    ['GET', 'POST'].map((method) => ({
      server: 'site' as const,
      method,
      path: pageRoute(file.split(path.sep).join('/')),
      fields: [],
    })),
  )
}
