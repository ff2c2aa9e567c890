// A GraphQL validation rule: refuses, before anything runs, an operation whose measured work (measure.ts)
// is over the limits — cost, depth, aliases — or that asks for an unpaginated list, a bad `limit` or
// `page`, or expands a fragment cycle. Used by Payload's own validation (payload.config.ts graphQL) and by
// the route's check (guard.ts). Each error carries a stable `extensions.code` and a Chinese message.
import { GraphQLError, type ValidationRule } from 'graphql'
import { MAX_ALIASES, MAX_COST, MAX_DEPTH } from './limits.ts'
import { measureOperation, type MeasureProblem } from './measure.ts'

/** Error codes this rule reports (the route shows their messages as they are). */
export const BOUNDED_WORK_CODES = new Set([
  'graphql_too_costly',
  'graphql_too_deep',
  'graphql_too_many_aliases',
  'graphql_fragment_cycle',
  'graphql_unpaginated',
  'graphql_bad_limit',
  'graphql_bad_page',
])

/** `variables`: the request's raw variables (they decide `limit` when it is given as a variable). */
export const boundedWork =
  (variables?: Readonly<Record<string, unknown>> | null): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const { measure, problems } = measureOperation(
        context.getSchema(),
        context.getDocument(),
        node,
        variables ?? {},
      )
      const found: MeasureProblem[] = [...problems]
      if (measure.depth > MAX_DEPTH)
        found.push({
          code: 'graphql_too_deep',
          message: `GraphQL 查询嵌套过深（${measure.depth} 层，上限 ${MAX_DEPTH} 层）`,
        })
      if (measure.aliases > MAX_ALIASES)
        found.push({
          code: 'graphql_too_many_aliases',
          message: `GraphQL 查询使用的别名过多（${measure.aliases} 个，上限 ${MAX_ALIASES} 个）`,
        })
      if (measure.cost > MAX_COST) {
        found.push({
          code: 'graphql_too_costly',
          message: `GraphQL 查询的工作量过大（估算 ${Math.round(measure.cost)}，上限 ${MAX_COST}；按每页条数 × 字段数 × 层级与别名计算），请减小 limit 或减少字段、别名`,
        })
      }
      const seen = new Set<string>()
      for (const problem of found) {
        if (seen.has(problem.message)) continue
        seen.add(problem.message)
        context.reportError(
          new GraphQLError(problem.message, { nodes: [node], extensions: { code: problem.code } }),
        )
      }
    },
  })
