// The error answer of the GraphQL route: the platform's { error: { code, message } } (Chinese message),
// with the same error in GraphQL's own `errors` list for GraphQL clients.
export const graphqlProblem = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
) =>
  Response.json(
    { error: { code, message }, errors: [{ message, extensions: { code } }] },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )
