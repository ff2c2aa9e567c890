// A refusal of the workflow: a 4xx APIError with a stable code and a Chinese message, which the endpoints
// answer as { error: { code, message } } (endpoints/answering.ts).
import { APIError } from 'payload'

export const refuse = (status: number, message: string, code: string) =>
  new APIError(message, status, { code }, true)
