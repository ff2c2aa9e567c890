// What a person is told about a failed request: one status, a stable code and a Chinese message for every
// error Payload, PostgreSQL or our own code can raise. Errors caused by the request's input (malformed JSON,
// a value of the wrong type, an operator a column does not support) are 4xx; a query cut off by the
// database's statement timeout is 503; anything else is a 500 whose details stay in the server log.

export type ErrorDescription = { status: number; code: string; message: string }

const HAN = /\p{Script=Han}/u
/** Messages of Payload's SQL query builder (@payloadcms/drizzle) for a path or value a query cannot use. */
const QUERY_BUILDER_PROBLEM =
  /^(Cannot find field for path|Not supported$|Relationship was not found|Invalid ID value|Only 'equals' operator)/
/** Messages of Payload's multipart body parser (busboy) for a body that is not the multipart it claims to be. */
const MULTIPART_PROBLEM =
  /not eligible for file upload|multipart|boundary|Unexpected end of (form|file)|Malformed (part header|content type|urlencoded form)/i

/** Payload's error classes (by name): their code and what they mean, in Chinese. */
const BY_NAME: Record<string, { code: string; message: string }> = {
  Forbidden: { code: 'forbidden', message: '您无权执行此操作' },
  NotFound: { code: 'not_found', message: '未找到请求的内容' },
  UnauthorizedError: { code: 'unauthorized', message: '请先登录' },
  AuthenticationError: { code: 'invalid_credentials', message: '邮箱或密码不正确' },
  LockedAuth: { code: 'account_locked', message: '账号已暂时锁定，请稍后再试' },
  Locked: { code: 'document_locked', message: '文档正由他人编辑，请稍后再试' },
  UnverifiedEmail: { code: 'unverified_email', message: '邮箱尚未验证' },
  ValidationError: { code: 'invalid_data', message: '提交的数据有误' },
  QueryError: { code: 'invalid_query', message: '查询条件无效：包含不存在或不能查询的字段' },
  MissingFile: { code: 'missing_file', message: '缺少上传的文件' },
  FileUploadError: { code: 'upload_failed', message: '文件上传失败，请检查文件后重试' },
  FileRetrievalError: { code: 'file_unavailable', message: '无法读取该文件' },
  ErrorDeletingFile: { code: 'file_delete_failed', message: '删除文件失败' },
  InvalidFieldJoin: { code: 'invalid_query', message: '查询的关联字段无效' },
  SyntaxError: { code: 'invalid_json', message: '请求中的 JSON 格式不正确' },
  URIError: { code: 'invalid_encoding', message: '请求地址中的百分号编码不正确' },
}

/** Generic Chinese wording per 4xx status, for errors that carry a status but no Chinese message. */
const BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: 'bad_request', message: '请求无效' },
  401: { code: 'unauthorized', message: '请先登录' },
  403: { code: 'forbidden', message: '您无权执行此操作' },
  404: { code: 'not_found', message: '未找到请求的内容' },
  405: { code: 'method_not_allowed', message: '不支持该请求方法' },
  409: { code: 'conflict', message: '与当前状态冲突，请刷新后重试' },
  413: { code: 'too_large', message: '请求内容过大' },
  415: { code: 'unsupported_media_type', message: '不支持该请求内容类型' },
  422: { code: 'invalid_data', message: '提交的数据有误' },
  423: { code: 'locked', message: '资源已锁定，请稍后再试' },
  429: { code: 'too_many_requests', message: '请求过于频繁，请稍后再试' },
  503: { code: 'unavailable', message: '服务暂时不可用，请稍后重试' },
}

/** PostgreSQL SQLSTATEs (exact, or by their two-character class) that a request's input can cause. */
function describeDatabaseCode(code: string): ErrorDescription | undefined {
  if (code === '57014')
    return {
      status: 503,
      code: 'query_timeout',
      message: '查询耗时过长，已被终止，请缩小查询范围后重试',
    }
  if (
    code === '25P03' ||
    code === '53300' ||
    code === '40001' ||
    code === '40P01' ||
    code === '55P03'
  ) {
    return { status: 503, code: 'database_busy', message: '数据库繁忙，请稍后重试' }
  }
  if (code === '23503')
    return { status: 400, code: 'invalid_reference', message: '引用的内容不存在' }
  if (code === '23505') return { status: 409, code: 'duplicate', message: '已存在相同的内容' }
  if (
    code.startsWith('22') ||
    code.startsWith('23') ||
    code === '42804' ||
    code === '42883' ||
    code === '42P18'
  ) {
    return { status: 400, code: 'invalid_value', message: '查询或提交的值与字段类型不符' }
  }
  if (code.startsWith('54'))
    return { status: 400, code: 'query_too_complex', message: '查询过于复杂，请简化查询条件' }
  return undefined
}

type ErrorLike = {
  name?: unknown
  message?: unknown
  status?: unknown
  code?: unknown
  data?: unknown
  cause?: unknown
  originalError?: unknown
}

/** The PostgreSQL SQLSTATE somewhere in an error's cause chain (drizzle wraps the driver's error), if any. */
function databaseCode(error: unknown): string | undefined {
  let current = error as ErrorLike | undefined
  for (let hops = 0; current && typeof current === 'object' && hops < 6; hops++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
    current = (current.cause ?? current.originalError) as ErrorLike | undefined
  }
  return undefined
}

/** The first field message of a Payload ValidationError, when it is in Chinese. */
function fieldMessage(data: unknown): string | undefined {
  const first = (data as { errors?: { message?: unknown }[] } | null)?.errors?.[0]?.message
  return typeof first === 'string' && HAN.test(first) ? first : undefined
}

/** The paths a Payload QueryError names (its data is `[{ path }]`), quoted and joined. */
function queriedPaths(data: unknown): string | undefined {
  if (!Array.isArray(data)) return undefined
  const paths = data
    .map((entry: { path?: unknown }) => String(entry?.path ?? '').slice(0, 60))
    .filter(Boolean)
  return paths.length
    ? paths
        .slice(0, 5)
        .map((path) => `“${path}”`)
        .join('、')
    : undefined
}

/** Status, code and Chinese message for any thrown value (a GraphQL error is described by its original error). */
export function describeError(thrown: unknown): ErrorDescription {
  const error = ((thrown as ErrorLike | null)?.originalError ?? thrown) as ErrorLike | null
  const dbCode = databaseCode(error)
  const fromDatabase = dbCode ? describeDatabaseCode(dbCode) : undefined
  if (fromDatabase) return fromDatabase
  const name = typeof error?.name === 'string' ? error.name : ''
  const status = typeof error?.status === 'number' ? error.status : 500
  const known = Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined
  // Payload's body parser reports malformed JSON and unreadable multipart bodies as plain APIErrors.
  if (name === 'SyntaxError' || name === 'URIError' || error?.message === 'Invalid JSON')
    return { status: 400, ...(known ?? BY_NAME.SyntaxError!) }
  if (typeof error?.message === 'string' && QUERY_BUILDER_PROBLEM.test(error.message))
    return { status: 400, code: 'invalid_query', message: '查询条件或排序字段无效' }
  if (typeof error?.message === 'string' && MULTIPART_PROBLEM.test(error.message))
    return {
      status: 400,
      code: 'invalid_body',
      message: '无法读取请求内容：multipart 表单格式不正确',
    }
  // A GraphQL error of its own (no original error): the query does not fit the schema.
  if (name === 'GraphQLError')
    return {
      status: 400,
      code: 'invalid_graphql',
      message: `GraphQL 查询无效：${String(error?.message ?? '').slice(0, 200)}`,
    }
  if (status >= 500 && status !== 503)
    return { status: 500, code: 'internal_error', message: '服务器内部错误，请稍后重试' }
  const generic = known ?? (Object.hasOwn(BY_STATUS, status) ? BY_STATUS[status] : BY_STATUS[400])!
  const data = error?.data as { code?: unknown } | undefined
  const code = typeof data?.code === 'string' ? data.code : generic.code
  const own =
    typeof error?.message === 'string' && HAN.test(error.message) ? error.message : undefined
  const detail =
    name === 'ValidationError'
      ? fieldMessage(data)
      : name === 'QueryError'
        ? queriedPaths(data)
        : undefined
  return {
    status,
    code,
    message: own ?? (detail ? `${generic.message}：${detail}` : generic.message),
  }
}
