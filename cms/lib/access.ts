// Deny by default. Payload lets any signed-in account do what a collection leaves unsaid (create, read,
// update, delete, readVersions, unlock, admin), so every collection and global names each operation; these
// are the rules for the operations that do not apply to a collection, shared by the core and the plugins.
import type { Access } from 'payload'

/** Nobody through the API or the admin; server code that needs it uses `overrideAccess`. */
export const nobody = (): false => false

/** Operations that exist only on staff accounts (unlocking one, entering the admin): refused elsewhere. */
export const NOT_AN_ACCOUNT = { admin: nobody, unlock: nobody } as const

/** Any signed-in account (the plugins' default for reading their own collections). */
export const signedIn: Access = ({ req: { user } }) => Boolean(user)
