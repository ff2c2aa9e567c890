// Deny by default: each collection of the plugin names every access operation; these fill the ones that do not apply.

/** Nobody through the API; the plugin writes with `overrideAccess`. */
export const nobody = () => false

/** Unlocking an account and entering the admin concern staff accounts only. */
export const NOT_AN_ACCOUNT = { admin: nobody, unlock: nobody } as const
