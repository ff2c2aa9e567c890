// The collections Payload adds itself while it builds the config (document locks, admin preferences,
// migration records, the key-value store) come with "any signed-in account" rules that no option reaches.
// They are given explicit rules here, on the built config, before anything reads it.
import type {
  Access,
  CollectionBeforeChangeHook,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'
import { nobody } from '../lib/access.ts'

type Rules = SanitizedCollectionConfig['access']

/** Any staff member with a role. */
const staff: Access = ({ req: { user } }) => Boolean(user?.roles?.length)

/** A staff member's own preferences. */
const ownPreferences: Access = ({ req: { user } }) => {
  if (!user?.roles?.length) return false
  const own: Where[] = [
    { 'user.value': { equals: user.id } },
    { 'user.relationTo': { equals: 'users' } },
  ]
  return { and: own }
}

/**
 * An edit lock is always held by whoever writes it: a staff member cannot put a lock in someone else's name
 * (which would show a colleague as editing, or keep others out under their name). Writes by the server itself
 * (no user) are left as they are.
 */
const lockHeldByWriter: CollectionBeforeChangeHook = ({ data, req: { user } }) => {
  if (!user) return data
  return { ...data, user: { relationTo: user.collection, value: user.id } }
}

const ONLY_SERVER: Rules = {
  admin: nobody,
  create: nobody,
  read: nobody,
  update: nobody,
  delete: nobody,
  readVersions: nobody,
  unlock: nobody,
}

/**
 * Rules of Payload's own collections by slug; a `payload-*` collection not listed here stops the start, so
 * one added by a Payload upgrade is looked at before it is served.
 */
const RULES: Record<string, Rules> = {
  // Edit locks: staff see who is editing what and take a document over, as the admin does through REST.
  'payload-locked-documents': {
    ...ONLY_SERVER,
    create: staff,
    read: staff,
    update: staff,
    delete: staff,
  },
  // Preferences (list columns, open groups …): each staff member their own.
  'payload-preferences': {
    ...ONLY_SERVER,
    create: staff,
    read: ownPreferences,
    update: ownPreferences,
    delete: ownPreferences,
  },
  // Migration records and the key-value store: written by the server only, never served.
  'payload-migrations': ONLY_SERVER,
  'payload-kv': ONLY_SERVER,
  // The jobs queue (cms/lib/jobs): written and read by the server's runners only.
  'payload-jobs': ONLY_SERVER,
}

export async function withPayloadCollectionRules(
  built: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const config = await built
  for (const collection of config.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    const rules = RULES[collection.slug]
    if (!rules)
      throw new Error(
        `Payload 自带的集合 ${collection.slug} 没有明确的访问规则：请在 cms/access/payloadCollections.ts 中补充`,
      )
    collection.access = { ...rules }
    if (collection.slug === 'payload-locked-documents') {
      collection.hooks = {
        ...collection.hooks,
        beforeChange: [...(collection.hooks.beforeChange ?? []), lockHeldByWriter],
      }
    }
  }
  // The jobs queue's endpoints (run, queue, cancel) are for the server's own runners only. (A new object:
  // Payload's sanitised defaults may share theirs between configs.)
  config.jobs = { ...config.jobs, access: { run: nobody, queue: nobody, cancel: nobody } }
  return config
}
