// Text hygiene at the door: every save of every collection and global (those added by plugins and by Payload
// included) has the text of its fields cleaned before any other hook, validation or storage sees it
// (cms/lib/text/cleanFields.ts, rules in contracts/text), and so has the name of an uploaded file.
import type {
  CollectionBeforeOperationHook,
  Config,
  GlobalBeforeOperationHook,
  Payload,
  PayloadHandler,
  Plugin,
} from 'payload'
import { cleanJson, cleanText } from '../../contracts/text/index.ts'
import { cleanFields } from '../lib/text/cleanFields.ts'

type SaveArgs = { data?: unknown }
const isData = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const cleanCollectionSave: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  req,
}) => {
  const save = args as SaveArgs
  if (operation !== 'create' && operation !== 'update') return args
  // An uploaded file's name becomes the stored `filename` (and the name on disk and in links): cleaned as a
  // one-line text before Payload derives them from it.
  if (typeof req.file?.name === 'string')
    req.file.name = cleanText(req.file.name, { lines: 'join' })
  if (!isData(save.data)) return args
  return { ...args, data: cleanFields(collection.flattenedFields, save.data) }
}

const cleanGlobalSave: GlobalBeforeOperationHook = ({ args, operation, global }) => {
  const save = args as SaveArgs | undefined
  if (operation !== 'update' || !isData(save?.data)) return args
  return { ...args, data: cleanFields(global.flattenedFields, save.data) }
}

const cleaned = new WeakSet<PayloadHandler>()

/** A handler that sees the request's JSON body and route parameters cleaned. */
function cleaningRequest(handler: PayloadHandler): PayloadHandler {
  const wrapped: PayloadHandler = async (req) => {
    const body = cleanJson<unknown>(await req.json?.().catch(() => undefined))
    if (req.routeParams) req.routeParams = cleanJson(req.routeParams)
    return handler(Object.assign(req, { json: () => Promise.resolve(body) }))
  }
  cleaned.add(wrapped)
  return wrapped
}

/** Payload's preference saves (POST /api/payload-preferences/:key) write without hooks: that endpoint cleans. */
function cleanPreferenceSaves(payload: Payload): void {
  const config = payload.collections['payload-preferences']?.config
  if (!config || !Array.isArray(config.endpoints)) return
  // Endpoint objects may be shared with other collections: the list gets a new entry, never an edited one.
  config.endpoints = config.endpoints.map((endpoint) =>
    endpoint.method === 'post' && endpoint.path === '/:key' && !cleaned.has(endpoint.handler)
      ? { ...endpoint, handler: cleaningRequest(endpoint.handler) }
      : endpoint,
  )
}

/** Puts the cleaning first among the beforeOperation hooks of every collection and global of `payload`. */
export function cleanEverySave(payload: Payload): void {
  cleanPreferenceSaves(payload)
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(cleanCollectionSave)) hooks.unshift(cleanCollectionSave)
  }
  for (const config of payload.globals.config) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(cleanGlobalSave)) hooks.unshift(cleanGlobalSave)
  }
}

const first = <T>(hook: T, hooks: T[] | undefined): T[] => [
  hook,
  ...(hooks ?? []).filter((other) => other !== hook),
]

/**
 * The plugin, ordered after every other so it sees the collections they add. It hooks in again at init, on the
 * sanitized config, to reach what Payload adds after plugins run (preferences, locks, jobs); its init runs
 * before any other (a seed saving documents included).
 */
export const textHygiene: Plugin = Object.assign(
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: first(cleanCollectionSave, collection.hooks?.beforeOperation),
      },
    })),
    globals: config.globals?.map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        beforeOperation: first(cleanGlobalSave, global.hooks?.beforeOperation),
      },
    })),
    onInit: async (payload) => {
      cleanEverySave(payload)
      await config.onInit?.(payload)
    },
  }),
  { order: Number.MAX_SAFE_INTEGER },
)
