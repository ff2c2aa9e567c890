// Well-known paths of the checkout.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const DATA_DIR = process.env.HAIQIAO_DATA_DIR ?? path.join(ROOT, '.data')
export const CMS_DIR = path.join(ROOT, 'cms')
