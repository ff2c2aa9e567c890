// One shape for every error our own endpoints return: { error: { code, message } }, message in Chinese
// (contracts/errors.ts).
import type { ErrorBody } from '../../../contracts/errors.ts'

export const problem = (status: number, code: string, message: string, headers?: HeadersInit) =>
  Response.json({ error: { code, message } } satisfies ErrorBody, { status, headers })

/** The JSON body of a request, or null when it is missing, too large or not JSON. */
export async function readJson(
  req: { json?: () => Promise<unknown>; headers: Headers },
  maxBytes = 16 * 1024,
): Promise<unknown> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes || !req.json) return null
  try {
    return await req.json()
  } catch {
    return null
  }
}

/** The first field message of a Payload ValidationError (already in Chinese), or undefined for other errors. */
export const validationMessage = (error: unknown): string | undefined =>
  (error as { data?: { errors?: { message?: string }[] } } | null)?.data?.errors?.[0]?.message
