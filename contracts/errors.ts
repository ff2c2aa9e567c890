// The one shape of every error the CMS answers the portal (and anyone else): a stable code and a Chinese
// message; a form's refusal adds the first problem of each field. The portal reads errors only this way.

/** `code`: stable, English, snake_case; `message`: Simplified Chinese, fit to show a person. */
export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string> }
}

/** The Chinese message of an answer's body, if it is an ErrorBody (anything else: undefined). */
export function errorMessage(body: unknown): string | undefined {
  const message = (body as Partial<ErrorBody> | null)?.error?.message
  return typeof message === 'string' ? message : undefined
}
