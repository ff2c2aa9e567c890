// Every error Payload answers (REST routes, custom endpoints, GraphQL) carries { error: { code, message } }
// with a Chinese message, and an error caused by the request's input is a 4xx (lib/http/describeError.ts).
// Payload's own `errors` list stays beside it for the admin (field errors of a ValidationError).
import type { AfterErrorHook } from 'payload'
import type { ErrorBody } from '../../contracts/errors.ts'
import { describeError } from '../lib/http/describeError.ts'

export const describeErrors: AfterErrorHook = ({ error, result, graphqlResult }) => {
  const { status, code, message } = describeError(error)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, code, statusCode: status },
      },
    }
  }
  const publicDetails =
    status < 500 &&
    typeof (error as { status?: unknown }).status === 'number' &&
    result?.errors?.length
  const errors = publicDetails
    ? result.errors.map((each, index) => (index === 0 ? { ...each, message } : each))
    : [{ message }]
  const body: ErrorBody = { error: { code, message } }
  return { response: { ...body, errors }, status }
}
