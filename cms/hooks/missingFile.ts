// Upload handler for GET /api/<uploads>/file/:filename: a name that is not a file in the collection's
// directory (missing on disk, a NUL, a path leaving the directory) answers 404 in Chinese; Payload's own
// fallback answers a missing file with a 500 and throws on a NUL.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { problem } from '../lib/http/problem.ts'

type UploadHandler = (
  req: PayloadRequest,
  args: { params: { filename: string } },
) => Promise<Response> | Promise<void>

/** The handler for an upload collection whose files live in `staticDir`. */
export const missingFile =
  (staticDir: string): UploadHandler =>
  (_req, { params: { filename } }) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, filename)
    const inside = !/[\u0000-\u001f]/.test(filename) && file.startsWith(dir + path.sep)
    const exists = inside
      ? stat(file).then(
          (found) => found.isFile(),
          () => false,
        )
      : Promise.resolve(false)
    // Payload types a handler as Promise<Response> | Promise<void>; undefined lets its own file serving go on.
    return exists.then((found): Response | undefined =>
      found ? undefined : problem(404, 'file_not_found', '文件不存在'),
    ) as Promise<Response>
  }
