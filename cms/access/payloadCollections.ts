// The collections Payload adds itself while it builds the config (document locks, admin preferences,
// migration records, the key-value store) come with "any signed-in account" rules that no option reaches.
// They are given explicit rules here, on the built config, before anything reads it.
import type { Access, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { nobody } from './nobody.ts'

type Rules = SanitizedCollectionConfig['access']

/** Any staff member with a role. */
const staff: Access = ({ req: { user } }) => Boolean(user?.roles?.length)

const ONLY_SERVER: Rules = { admin: nobody, create: nobody, read: nobody, update: nobody, delete: nobody, readVersions: nobody, unlock: nobody }

/**
 * Rules of Payload's own collections by slug; a `payload-*` collection not listed here stops the start, so
 * one added by a Payload upgrade is looked at before it is served.
 */
const RULES: Record<string, (payloadRules: Rules) => Rules> = {
  // Edit locks: staff see who is editing what and take a document over, as the admin does through REST.
  'payload-locked-documents': () => ({ ...ONLY_SERVER, create: staff, read: staff, update: staff, delete: staff }),
  // Preferences: each staff member their own (Payload's rule for read, update and delete), created by staff.
  'payload-preferences': (own) => ({ ...ONLY_SERVER, create: staff, read: own.read, update: own.update, delete: own.delete }),
  // Migration records and the key-value store: written by the server only, never served.
  'payload-migrations': () => ONLY_SERVER,
  'payload-kv': () => ONLY_SERVER,
}

export async function withPayloadCollectionRules(built: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await built
  for (const collection of config.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    const rules = RULES[collection.slug]
    if (!rules) throw new Error(`Payload 自带的集合 ${collection.slug} 没有明确的访问规则：请在 cms/access/payloadCollections.ts 中补充`)
    collection.access = rules(collection.access)
  }
  // The jobs queue's endpoints (run, queue, cancel) are for the server's own runners only.
  config.jobs.access = { run: nobody, queue: nobody, cancel: nobody }
  return config
}
