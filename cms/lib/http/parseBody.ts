// A request's JSON body checked against a zod schema, or the 400 answer that says what is wrong (in Chinese).
import type { z } from 'zod'
import { problem, readJson } from './problem.ts'

type BodyLimit = {
  /** Largest body read, in bytes (readJson's default, 16 KiB, when not given). */
  maxBytes?: number
  /** How the size limit is told to the sender; by default `且不超过 N MB` when `maxBytes` is given. */
  sizeNote?: string
}

/**
 * The parsed body, or a `400 invalid_body` Response: "请求体必须是 JSON" (with the size note) when the body is missing,
 * too large or not JSON, else the schema's first message.
 */
export async function parseBody<T>(
  req: { json?: () => Promise<unknown>; headers: Headers },
  schema: z.ZodType<T>,
  limit: BodyLimit = {},
): Promise<T | Response> {
  const body = await readJson(req, limit.maxBytes)
  if (body === null) {
    const note =
      limit.sizeNote ?? (limit.maxBytes ? `且不超过 ${limit.maxBytes / 1_000_000} MB` : '')
    return problem(400, 'invalid_body', `请求体必须是 JSON${note ? `，${note}` : ''}`)
  }
  const parsed = schema.safeParse(body)
  return parsed.success
    ? parsed.data
    : problem(400, 'invalid_body', parsed.error.issues[0]!.message)
}
