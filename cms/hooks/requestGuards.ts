// One place for what every request passes through on every collection, including those plugins add (so it
// runs last among the plugins): its query arguments are checked (hooks/guardQuery.ts) and every error it
// ends in is answered { error: { code, message } } in Chinese, 4xx for bad input (hooks/describeErrors.ts),
// zod's own messages included; a file route answers 404 for a file that is not there.
import type { CollectionConfig, Config } from 'payload'
import { z } from 'zod'
import { describeErrors } from './describeErrors.ts'
import { guardQuery } from './guardQuery.ts'
import { missingFile } from './missingFile.ts'

type Upload = NonNullable<CollectionConfig['upload']>

/** An upload config whose file route answers 404 for a file that is not there (hooks/missingFile.ts). */
function withMissingFile(slug: string, upload: Upload): Upload {
  const options = typeof upload === 'object' ? upload : {}
  return {
    ...options,
    handlers: [missingFile(options.staticDir ?? slug), ...(options.handlers ?? [])],
  }
}

// Our endpoints check bodies with zod; a message they do not word themselves is zod's, in Chinese.
z.config(z.locales.zhCN())

export const requestGuards = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
    ...(collection.upload ? { upload: withMissingFile(collection.slug, collection.upload) } : {}),
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), describeErrors] },
})
