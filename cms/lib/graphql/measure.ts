// What a GraphQL operation will cost to run, computed on the parsed document with fragments expanded
// (each fragment once per place it is used, memoised, cycles cut): every field costs 1; a list's item costs
// 1 plus its selection, counted once per item — the `limit` asked for on paginated queries and joins (DEFAULT_LIMIT when absent),
// LIST_ITEMS for other lists. Depth and aliases are counted alongside; bad `limit`/`page` values are problems.
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import { DEFAULT_LIMIT, LIST_ITEMS, MAX_LIMIT } from './limits.ts'

export type Measure = { cost: number; depth: number; aliases: number }
export type MeasureProblem = { code: string; message: string }

type Walk = {
  schema: GraphQLSchema
  fragments: Map<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
  memo: Map<string, Measure>
  /** Fragments being expanded on the current path (a repeat is a cycle). */
  open: Set<string>
  problems: MeasureProblem[]
}

const NOTHING: Measure = { cost: 0, depth: 0, aliases: 0 }
/** Costs saturate here instead of growing without bound (fragments can multiply exponentially). */
const CEILING = 1e15
const capped = (cost: number) => Math.min(cost, CEILING)

/** Measures one operation of `document`; `variables` are the request's raw variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): { measure: Measure; problems: MeasureProblem[] } {
  const fragments = new Map(
    document.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  )
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((d) => d.defaultValue)
      .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]),
  )
  const walk: Walk = {
    schema,
    fragments,
    variables: { ...defaults, ...variables },
    memo: new Map(),
    open: new Set(),
    problems: [],
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'query'
        ? schema.getQueryType()
        : schema.getSubscriptionType()
  return {
    measure: selectionCost(operation.selectionSet, root ?? undefined, null, walk),
    problems: walk.problems,
  }
}

/** `items`: the `limit` of the enclosing paginated field, applied to the list fields directly inside it. */
function selectionCost(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  items: number | null,
  walk: Walk,
): Measure {
  let total = NOTHING
  for (const selection of set.selections) {
    const part =
      selection.kind === Kind.FIELD
        ? fieldCost(selection, parent, items, walk)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? selectionCost(
              selection.selectionSet,
              selection.typeCondition
                ? (walk.schema.getType(selection.typeCondition.name.value) ?? undefined)
                : parent,
              items,
              walk,
            )
          : spreadCost(selection.name.value, items, walk)
    total = {
      cost: capped(total.cost + part.cost),
      depth: Math.max(total.depth, part.depth),
      aliases: total.aliases + part.aliases,
    }
  }
  return total
}

function fieldCost(
  node: FieldNode,
  parent: GraphQLNamedType | undefined,
  items: number | null,
  walk: Walk,
): Measure {
  const aliases = node.alias ? 1 : 0
  if (!node.selectionSet) return { cost: 1, depth: 1, aliases }
  const field =
    parent && (isObjectType(parent) || isInterfaceType(parent))
      ? parent.getFields()[node.name.value]
      : undefined
  const limit = field ? pageSize(field, node, walk) : null
  const type = field ? getNamedType(field.type) : undefined
  if (field && isListType(getNullableType(field.type))) {
    const inner = selectionCost(node.selectionSet, type, null, walk)
    return {
      cost: capped(1 + (limit ?? items ?? LIST_ITEMS) * (1 + inner.cost)),
      depth: 1 + inner.depth,
      aliases: aliases + inner.aliases,
    }
  }
  const inner = selectionCost(node.selectionSet, type, limit, walk)
  return { cost: capped(1 + inner.cost), depth: 1 + inner.depth, aliases: aliases + inner.aliases }
}

function spreadCost(name: string, items: number | null, walk: Walk): Measure {
  const fragment = walk.fragments.get(name)
  if (!fragment) return NOTHING
  if (walk.open.has(name)) {
    walk.problems.push({
      code: 'graphql_fragment_cycle',
      message: `GraphQL 片段“${name}”循环引用了自身`,
    })
    return NOTHING
  }
  const key = `${name}:${items ?? ''}`
  const known = walk.memo.get(key)
  if (known) return known
  walk.open.add(name)
  const measure = selectionCost(
    fragment.selectionSet,
    walk.schema.getType(fragment.typeCondition.name.value) ?? undefined,
    items,
    walk,
  )
  walk.open.delete(name)
  walk.memo.set(key, measure)
  return measure
}

const argument = (node: FieldNode, name: string, walk: Walk): unknown => {
  const found = node.arguments?.find((a) => a.name.value === name)
  return found ? valueFromASTUntyped(found.value, walk.variables) : undefined
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value)

/** The page size a field with a `limit` argument asks for (null for other fields); bad values are problems. */
function pageSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  walk: Walk,
): number | null {
  if (!field.args.some((a) => a.name === 'limit')) return null
  const page = argument(node, 'page', walk)
  if (page != null && !(isWhole(page) && page >= 1))
    walk.problems.push({
      code: 'graphql_bad_page',
      message: `${node.name.value} 的 page 须为不小于 1 的整数`,
    })
  const limit = argument(node, 'limit', walk)
  if (argument(node, 'pagination', walk) === false || limit === 0) {
    walk.problems.push({
      code: 'graphql_unpaginated',
      message: `${node.name.value} 须分页查询：不接受 pagination: false 或 limit: 0`,
    })
    return MAX_LIMIT
  }
  if (limit == null) return DEFAULT_LIMIT
  if (isWhole(limit) && limit >= 1 && limit <= MAX_LIMIT) return limit
  walk.problems.push({
    code: 'graphql_bad_limit',
    message: `${node.name.value} 的 limit 须为 1 到 ${MAX_LIMIT} 之间的整数`,
  })
  return MAX_LIMIT
}
