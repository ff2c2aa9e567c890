// Checks a GraphQL request before Payload runs it: a single JSON operation (no batch), within the size
// limits, that parses, validates against the schema (with boundedWork), names an operation that exists
// and is not a subscription, and whose variables fit their types. Answers the request's text and the
// operation's measured cost, or the 4xx to send (Chinese message) — Payload itself would answer these
// with 200, or fail with a 500 on unknown operations and bad variables.
import { configToSchema } from '@payloadcms/graphql'
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql'
import type { SanitizedConfig } from 'payload'
import { boundedWork, BOUNDED_WORK_CODES } from './boundedWork.ts'
import { graphqlProblem } from './graphqlProblem.ts'
import { MAX_QUERY_CHARS, MAX_TOKENS } from './limits.ts'
import { measureOperation } from './measure.ts'

export type CheckedRequest = { body: string; cost: number } | { refused: Response }

type Params = {
  query: string
  variables: Record<string, unknown> | null
  operationName: string | null
}

const bad = (code: string, message: string) => ({ refused: graphqlProblem(400, code, message) })

let schema: Promise<GraphQLSchema> | null = null
/** The schema Payload builds from the config, built once here for checking. */
const schemaOf = (config: Promise<SanitizedConfig>) =>
  (schema ??= config.then((resolved) => configToSchema(resolved).schema))

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The request's parameters, or the reason they are not a GraphQL request. */
function readParams(text: string): Params | { refused: Response } {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return bad('graphql_invalid_json', '请求体不是有效的 JSON')
  }
  if (Array.isArray(body))
    return bad('graphql_batch', '不支持批量请求：每次只能发送一个 GraphQL 操作')
  if (!isRecord(body) || typeof body.query !== 'string' || !body.query.trim())
    return bad('graphql_no_query', '请求中缺少 GraphQL 语句（query）')
  const { query, variables = null, operationName = null } = body
  if (variables !== null && !isRecord(variables))
    return bad('graphql_bad_variables', 'variables 须为 JSON 对象')
  if (operationName !== null && typeof operationName !== 'string')
    return bad('graphql_bad_operation', 'operationName 须为字符串')
  if (query.length > MAX_QUERY_CHARS)
    return bad('graphql_too_long', `GraphQL 语句过长（上限 ${MAX_QUERY_CHARS} 个字符）`)
  return { query, variables, operationName }
}

function parseQuery(query: string): DocumentNode | { refused: Response } {
  try {
    return parse(query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    if (/token limit/i.test(error.message))
      return bad('graphql_too_long', `GraphQL 语句过长（上限 ${MAX_TOKENS} 个词法单元）`)
    const where = error.locations?.[0]
    return bad(
      'graphql_syntax',
      `GraphQL 语句有语法错误${where ? `（第 ${where.line} 行第 ${where.column} 列）` : ''}：${error.message}`,
    )
  }
}

/** The first validation error as a refusal: ours in their own words, GraphQL's own behind a Chinese lead. */
function validationRefusal(errors: readonly GraphQLError[]): { refused: Response } {
  const ours = errors.find((error) => BOUNDED_WORK_CODES.has(String(error.extensions.code)))
  if (ours) return bad(String(ours.extensions.code), ours.message)
  return bad('graphql_invalid', `GraphQL 查询无效：${errors[0]!.message}`)
}

export async function checkRequest(
  request: Request,
  config: Promise<SanitizedConfig>,
): Promise<CheckedRequest> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return {
      refused: graphqlProblem(
        415,
        'graphql_content_type',
        'GraphQL 请求须以 JSON 发送（Content-Type: application/json）',
      ),
    }
  }
  const body = await request.text()
  const params = readParams(body)
  if ('refused' in params) return params
  const document = parseQuery(params.query)
  if ('refused' in document) return document
  const operation = getOperationAST(document, params.operationName)
  if (!operation) {
    if (params.operationName)
      return bad(
        'graphql_unknown_operation',
        `GraphQL 语句中没有名为“${params.operationName}”的操作`,
      )
    return bad(
      'graphql_no_operation',
      'GraphQL 语句须恰好含一个操作，或用 operationName 指明要执行的操作',
    )
  }
  if (operation.operation === 'subscription')
    return bad('graphql_subscription', '不支持订阅（subscription）')
  const checkedSchema = await schemaOf(config)
  const errors = validate(checkedSchema, document, [
    ...specifiedRules,
    boundedWork(params.variables),
  ])
  if (errors.length) return validationRefusal(errors)
  const coerced = getVariableValues(
    checkedSchema,
    operation.variableDefinitions ?? [],
    params.variables ?? {},
    { maxErrors: 1 },
  )
  if (coerced.errors)
    return bad('graphql_bad_variables', `GraphQL 变量无效：${coerced.errors[0]!.message}`)
  return {
    body,
    cost: measureOperation(checkedSchema, document, operation, params.variables ?? {}).measure.cost,
  }
}
