// The security self-check (seed 004 §3.4.5, 45 items, plus the 等保 application checklist A1–A22 of
// shared/research/security-crypto.md). Each item is one of:
//   tests — checked by the named automated tests (file and a unique part of the test's full name);
//   static — checked by a function over the repository;
//   na — not a function of the application (operations, network, 电子证照 use), with the reason;
//   todo — applicable, not built yet: reported as such, and a failure under --strict.
export type CheckRef = { file: string; name: string }
export type ChecklistItem = {
  id: string
  title: string
  risk?: '高' | '中' | '低'
  status: 'tests' | 'static' | 'na' | 'todo'
  tests?: CheckRef[]
  staticCheck?: 'no-secrets-in-repo'
  note?: string
}

const t = (file: string, name: string): CheckRef => ({ file, name })
const ID = 'tests/security/identity.test.ts'
const PASSWORDS = 'tests/security/passwords.test.ts'
const MFA = 'tests/security/mfa.test.ts'
const SESSIONS = 'tests/security/sessionLimits.test.ts'
const AUDIT = 'tests/security/audit.test.ts'
const AUDIT_STORAGE = 'tests/security/auditStorage.test.ts'
const AUDIT_TX = 'tests/security/auditTransactions.test.ts'
const HTTP = 'tests/security/http.test.ts'
const FRONT = 'tests/security/front.test.ts'
const GRAPHQL = 'tests/security/graphql.test.ts'
const ACCESS = 'tests/content/access.test.ts'
const CRYPTO = 'tests/security/crypto.test.ts'
const LOGIN_E2E = 'tests/e2e/adminLogin.test.ts'
const PERSONAL = 'tests/security/personal.test.ts'
const RETENTION = 'tests/security/auditRetention.test.ts'
const TAMPER = 'tests/security/auditTamper.test.ts'
const DEFAULTS = 'tests/security/accessDefaults.test.ts'
const REPLAY = 'tests/security/loginReplay.test.ts'
const PORTAL = 'tests/security/portalSubmissions.test.ts'

const OPS = '部署与运维措施（网络、主机、制度），不由应用实现'
const NO_LICENCE = '本平台不调用电子证照（用证系统专项）'

export const SEED_ITEMS: ChecklistItem[] = [
  {
    id: '1',
    risk: '中',
    title: '后台、数据库、应用服务器防火墙白名单',
    status: 'na',
    note: `${OPS}；各服务默认只监听 127.0.0.1`,
  },
  {
    id: '2',
    risk: '高',
    title: '代码与配置不上传互联网；不私建共享',
    status: 'static',
    staticCheck: 'no-secrets-in-repo',
    note: '开源项目：仓库中不得有密钥、口令、密钥库',
  },
  {
    id: '3',
    risk: '中',
    title: '账号异常登录巡检',
    status: 'tests',
    tests: [t(ID, '连续 5 次失败锁定'), t(AUDIT, '登录失败与配置修改也被记录')],
  },
  {
    id: '4',
    risk: '低',
    title: '账号台账，明确持有人',
    status: 'tests',
    tests: [t(ACCESS, '系统管理员能看到全部')],
  },
  {
    id: '5',
    risk: '中',
    title: '账号清理、弱口令排查、离职回收',
    status: 'tests',
    tests: [
      t(PASSWORDS, '弱口令在建账号时被拒绝'),
      t(PASSWORDS, '不能重用最近 5 次的密码'),
      t(PASSWORDS, '账号 30 天未使用'),
    ],
  },
  {
    id: '6',
    risk: '高',
    title: '账号口令加密存储，禁止明文',
    status: 'tests',
    tests: [t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3 口令哈希')],
  },
  {
    id: '7',
    risk: '中',
    title: '账号审批与权限分配记录',
    status: 'tests',
    tests: [t(AUDIT, '登录与内容变更被记录'), t(ACCESS, '安全管理员授权但不能给自己授权')],
  },
  {
    id: '8',
    risk: '中',
    title: '控制超级管理员数量',
    status: 'tests',
    tests: [
      t(ACCESS, '同一账号不能兼任两个管理员角色'),
      t(ID, '系统管理员只能通过一次性初始化创建'),
    ],
    note: '没有超级管理员角色：三权分立',
  },
  {
    id: '9',
    risk: '高',
    title: '强口令；删除测试账号',
    status: 'tests',
    tests: [t(PASSWORDS, '弱口令在建账号时被拒绝'), t(ID, '系统管理员只能通过一次性初始化创建')],
  },
  {
    id: '10',
    risk: '中',
    title: '最小授权，控制系统管理员数量',
    status: 'tests',
    tests: [
      t(ACCESS, '编辑只能看到自己的账号'),
      t(ACCESS, '匿名用户、服务人员、审计管理员不能写内容'),
      t(ID, '越权尝试（GraphQL）'),
    ],
  },
  {
    id: '11',
    risk: '中',
    title: '清除超 1 个月未用、72 小时未改初始密码的账号',
    status: 'tests',
    tests: [t(PASSWORDS, '初始密码 72 小时内未修改')],
    note: '到期即停用（不删除，保留审计关联），系统管理员重设密码后恢复',
  },
  {
    id: '12',
    risk: '高',
    title: '后台强认证（双因子），限制尝试次数',
    status: 'tests',
    tests: [
      t(MFA, '只有口令拿不到会话'),
      t(ID, '连续 5 次失败锁定'),
      t(SESSIONS, '同一 IP 失败过多'),
      t(LOGIN_E2E, '新同事'),
      t(REPLAY, '同一挑战配下一个验证码'),
    ],
  },
  { id: '13', risk: '高', title: '主机安全软件与补丁', status: 'na', note: OPS },
  { id: '14', risk: '高', title: '运维台账加密存储', status: 'na', note: OPS },
  {
    id: '15',
    risk: '中',
    title: '客户端与后台不保存密码',
    status: 'tests',
    tests: [t(SESSIONS, '空闲超过时限会话失效'), t(ID, '退出后会话立即失效')],
    note: '无“记住我”，会话空闲 30 分钟、最长 8 小时',
  },
  { id: '16', risk: '高', title: '关闭暴露在互联网的高危端口', status: 'na', note: OPS },
  {
    id: '17',
    risk: '中',
    title: '不用生产数据开发测试',
    status: 'tests',
    tests: [t('tests/content/seed.test.ts', '生成器是确定的')],
    note: '演示与测试数据由种子程序生成',
  },
  {
    id: '18',
    risk: '中',
    title: '个人敏感信息展示脱敏',
    status: 'tests',
    tests: [t(PERSONAL, '接口输出脱敏'), t(PERSONAL, '查看明文须说明用途')],
  },
  {
    id: '19',
    risk: '高',
    title: '采用符合国家标准的身份认证体系',
    status: 'tests',
    tests: [t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3'), t(CRYPTO, 'SM3')],
    note: '工作人员：SM3 口令派生 + TOTP；企业用户接一网通办在后续议题',
  },
  { id: '20', risk: '高', title: '调用电子证照前二次人脸识别', status: 'na', note: NO_LICENCE },
  { id: '21', risk: '高', title: '证照调用身份一致性与委托授权', status: 'na', note: NO_LICENCE },
  { id: '22', risk: '高', title: '持证主体授权与不可篡改存证', status: 'na', note: NO_LICENCE },
  { id: '23', risk: '中', title: '执法监管类用证记录存证', status: 'na', note: NO_LICENCE },
  { id: '24', risk: '高', title: '前端不缓存证照数据', status: 'na', note: NO_LICENCE },
  {
    id: '25',
    risk: '高',
    title: '日志备份；任何人不得删除日志',
    status: 'tests',
    tests: [
      t(AUDIT_STORAGE, '数据库层拒绝 UPDATE、DELETE 和 TRUNCATE'),
      t(AUDIT_STORAGE, 'CMS 服务以运行账号连接数据库'),
      t(AUDIT, '任何角色都不能通过 API 新增、修改或删除'),
      t(AUDIT, '审计管理员按时间段导出 CSV'),
      t(RETENTION, '超过保留期的整月写入签名归档文件'),
    ],
    note: '超过保留期的月份归档为 SM2 签名文件（HAIQIAO_AUDIT_ARCHIVE_DIR 可指向另一台主机的存储），不直接删除',
  },
  {
    id: '26',
    risk: '高',
    title: '数据库与中间件启用认证',
    status: 'tests',
    tests: [t('tests/platform/postgres.test.ts', '口令错误的连接被拒绝')],
  },
  {
    id: '27',
    risk: '高',
    title: '重要数据定期备份',
    status: 'todo',
    note: '备份与恢复演练命令未实现（A18）',
  },
  {
    id: '28',
    risk: '高',
    title: '完成等保三级测评',
    status: 'na',
    note: '由测评机构实施；本清单为应用部分的自查',
  },
  {
    id: '29',
    risk: '高',
    title: '检查可疑文件与 webshell',
    status: 'tests',
    tests: [t(HTTP, 'SVG、HTML 和改了扩展名的网页被拒绝')],
    note: '上传内容按文件头校验；门户为静态生成，无服务端脚本上传',
  },
  {
    id: '30',
    risk: '高',
    title: '备份与安装目录不可从互联网访问',
    status: 'tests',
    tests: [t(HTTP, '门户：CSP 不含 unsafe-inline')],
    note: '门户只提供构建输出目录；数据目录 .data 不在任何服务的根下',
  },
  {
    id: '31',
    risk: '高',
    title: '上传目录无执行权限',
    status: 'tests',
    tests: [t(HTTP, 'SVG、HTML 和改了扩展名的网页被拒绝')],
    note: '上传文件只作为静态文件下发（nosniff），不执行',
  },
  {
    id: '32',
    risk: '高',
    title: '高危漏洞完成整改',
    status: 'na',
    note: `${OPS}；依赖漏洞扫描门禁待实现（A21）`,
  },
  {
    id: '33',
    risk: '高',
    title: '禁止互联网直接访问管理后台',
    status: 'na',
    note: '部署时后台只对政务外网开放；后台默认只监听 127.0.0.1',
  },
  {
    id: '34',
    risk: '高',
    title: '不留后门',
    status: 'tests',
    tests: [
      t(MFA, 'Payload 自带的口令登录、找回密码和首位用户注册都被拒绝'),
      t(ID, '系统管理员只能通过一次性初始化创建'),
    ],
  },
  {
    id: '35',
    risk: '中',
    title: '最小授权配置访问权限',
    status: 'tests',
    tests: [
      t(ACCESS, '匿名用户不能读取工作人员账号'),
      t(ID, '越权尝试（GraphQL）'),
      t(DEFAULTS, '没有一项沿用 Payload 的默认规则'),
    ],
  },
  {
    id: '36',
    risk: '中',
    title: '访问与操作日志保存 6 个月以上',
    status: 'tests',
    tests: [
      t(AUDIT, '登录与内容变更被记录'),
      t(RETENTION, '未到保留期的月份不归档'),
      t(RETENTION, '保留期不得少于 180 天'),
    ],
    note: '按月分区，保留期默认且至少 180 天（HAIQIAO_AUDIT_RETENTION_DAYS），到期整月归档',
  },
  {
    id: '37',
    risk: '高',
    title: '下线不用的系统、服务、接口',
    status: 'tests',
    tests: [t(MFA, 'Payload 自带的口令登录、找回密码和首位用户注册都被拒绝')],
  },
  {
    id: '38',
    risk: '高',
    title: '接口身份认证与鉴权，防越权',
    status: 'tests',
    tests: [
      t(ID, '越权尝试（GraphQL）'),
      t(HTTP, '带会话 Cookie 的跨站写请求不被当作已登录'),
      t(ACCESS, '编辑只能看到自己的账号'),
      t(PORTAL, '匿名直接提交被拒绝'),
      t(PORTAL, '改动内容、访客地址或路径'),
    ],
    note: '公众提交只受理门户服务器以 HMAC-SM3 服务凭证签名的请求',
  },
  {
    id: '39',
    risk: '中',
    title: '接口通信加密传输',
    status: 'tests',
    tests: [t(HTTP, '管理后台：禁止被嵌入框架')],
    note: 'HSTS 已启用；HTTPS/国密 TLS 在网关终结（部署）',
  },
  {
    id: '40',
    risk: '中',
    title: '数据接口台账',
    status: 'na',
    note: '接口清单由 OpenAPI/GraphQL 模式生成；台账为管理措施',
  },
  {
    id: '41',
    risk: '高',
    title: '前端不暴露敏感信息',
    status: 'tests',
    tests: [t(ID, '越权尝试（GraphQL）'), t(HTTP, '出错时不返回堆栈或服务器路径')],
  },
  { id: '42', risk: '高', title: '调用证照入参携带用证信息', status: 'na', note: NO_LICENCE },
  { id: '43', risk: '中', title: '证照接口调用监控与熔断', status: 'na', note: NO_LICENCE },
  { id: '44', risk: '中', title: '用证日志对账', status: 'na', note: NO_LICENCE },
  { id: '45', risk: '中', title: '用证日志审计', status: 'na', note: NO_LICENCE },
]

export const DENGBAO_ITEMS: ChecklistItem[] = [
  {
    id: 'A1',
    title: '口令复杂度、90 天过期、不重用最近 5 次',
    status: 'tests',
    tests: [t(PASSWORDS, '不能重用最近 5 次的密码'), t(PASSWORDS, '弱口令在建账号时被拒绝')],
  },
  {
    id: 'A2',
    title: '5 次失败锁定 30 分钟 + 按 IP 限流 + 统一提示 + 审计',
    status: 'tests',
    tests: [t(ID, '连续 5 次失败锁定'), t(SESSIONS, '同一 IP 失败过多')],
  },
  {
    id: 'A3',
    title: '空闲超时、最长会话、退出失效、管理员可终止会话',
    status: 'tests',
    tests: [
      t(SESSIONS, '空闲超过时限会话失效'),
      t(ID, '退出后会话立即失效'),
      t(MFA, '系统管理员可以重置他人的动态验证码'),
    ],
  },
  {
    id: 'A4',
    title: '全员双因素（TOTP），恢复码哈希存储',
    status: 'tests',
    tests: [
      t(MFA, '只有口令拿不到会话'),
      t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3'),
      t(LOGIN_E2E, '新同事'),
    ],
  },
  {
    id: 'A5',
    title: '三权分立；不能改自己的权限；不能兼任',
    status: 'tests',
    tests: [
      t(ACCESS, '安全管理员授权但不能给自己授权'),
      t(ACCESS, '同一账号不能兼任两个管理员角色'),
    ],
  },
  {
    id: 'A6',
    title: '无默认账号；初始化强制设口令与双因素',
    status: 'tests',
    tests: [t(ID, '系统管理员只能通过一次性初始化创建'), t(PASSWORDS, '新账号须绑定动态验证码')],
  },
  {
    id: 'A7',
    title: '沉默账号自动停用',
    status: 'tests',
    tests: [t(PASSWORDS, '账号 30 天未使用')],
  },
  {
    id: 'A8',
    title: '水平与垂直越权（REST、GraphQL）',
    status: 'tests',
    tests: [
      t(ID, '越权尝试（GraphQL）'),
      t(ACCESS, '编辑只能看到自己的账号'),
      t(DEFAULTS, '都不能解锁'),
    ],
  },
  {
    id: 'A9',
    title: '文档安全标记及其完整性',
    status: 'todo',
    note: '安全标记随内容工作流议题实现',
  },
  {
    id: 'A10',
    title: '审计覆盖登录、权限、配置、增删改、明文读取、导出',
    status: 'tests',
    tests: [
      t(AUDIT, '登录与内容变更被记录'),
      t(AUDIT, '登录失败与配置修改也被记录'),
      t(PERSONAL, '每次查看写入审计'),
      t(AUDIT, '导出本身被记录'),
    ],
    note: '个人信息明文读取、审计日志导出均被记录',
  },
  {
    id: 'A11',
    title: '审计只追加、HMAC-SM3 密钥链、SM2 检查点、库外锚点、篡改告警',
    status: 'tests',
    tests: [
      t(AUDIT_STORAGE, '数据库层拒绝'),
      t(AUDIT_STORAGE, 'CMS 服务以运行账号连接数据库'),
      t(AUDIT_STORAGE, '哈希链校验发现'),
      t(AUDIT_STORAGE, 'SM2 签名检查点'),
      t(RETENTION, '归档记录被伪造'),
      t(TAMPER, '删除最后一个检查点之后的记录'),
      t(TAMPER, '修改最新一条记录并重算 SM3 哈希链'),
      t(TAMPER, '删除全部记录和全部检查点'),
      t(TAMPER, '追加一条自行计算哈希的伪造记录'),
      t(TAMPER, '检查点是必需的'),
    ],
    note: '应用以非属主运行账号连接，不能清空审计表或关闭触发器；链用不在库内的审计密钥计算；最新链尾以 SM2 签名锚定在归档目录和日志服务器（syslog）；归档带 SM2 签名，链跨归档可校验；npm run audit:verify 发现问题以非零退出',
  },
  {
    id: 'A12',
    title: '审计写失败时拒绝操作',
    status: 'tests',
    tests: [t(AUDIT_TX, '审计记录写不进去时，操作被拒绝')],
    note: '审计记录在独立事务中写入：之后的步骤失败回滚时，记录仍在',
  },
  {
    id: 'A13',
    title: '每个接口校验输入，中文错误',
    status: 'tests',
    tests: [
      t('tests/content/validation.test.ts', '缺少必填字段'),
      t(HTTP, '出错时不返回堆栈或服务器路径'),
      t('tests/security/queryConditions.test.ts', '查询条件：类型、运算符、结构与长度'),
      t('tests/security/malformed.test.ts', '没有 5xx、堆栈或内部路径'),
      t('tests/security/textHygiene.test.ts', '控制字符按规则清理后存储'),
      t('tests/security/textHygiene.test.ts', 'RSS、站点地图是合法 XML'),
      t(GRAPHQL, '不是有效 GraphQL 的请求'),
      t(FRONT, '路径中无效的百分号编码'),
    ],
  },
  {
    id: 'A14',
    title: '上传白名单 + 文件头 + 大小上限，拒绝 SVG/HTML',
    status: 'tests',
    tests: [
      t(HTTP, 'SVG、HTML 和改了扩展名的网页被拒绝'),
      t(HTTP, '超过大小上限的请求'),
      t(FRONT, '20 MB 分块请求体被拒绝'),
    ],
  },
  {
    id: 'A15',
    title: 'HSTS、安全 Cookie、安全响应头',
    status: 'tests',
    tests: [
      t(HTTP, '门户：CSP 不含 unsafe-inline'),
      t(HTTP, '门户页面在该 CSP 下没有任何被拦截'),
      t(LOGIN_E2E, '新同事'),
    ],
  },
  {
    id: 'A16',
    title: '角色等关键数据 HMAC-SM3 完整性标签，SQL 篡改被发现',
    status: 'tests',
    tests: [t(ID, '直接用 SQL 给账号加角色')],
  },
  {
    id: 'A17',
    title: '敏感字段 SM4 加密存储',
    status: 'tests',
    tests: [
      t(PASSWORDS, '数据库只存 PBKDF2-HMAC-SM3'),
      t(PERSONAL, '数据库行里只有密文和盲索引'),
      t(CRYPTO, 'SM4'),
    ],
  },
  { id: 'A18', title: '加密备份与恢复演练', status: 'todo' },
  { id: 'A19', title: '日志不含秘密', status: 'todo' },
  {
    id: 'A20',
    title: '个人信息登记、脱敏、读取审计、保留期',
    status: 'todo',
    note: '加密、盲索引、脱敏与明文读取审计已实现（lib/personal）；字段用途登记与保留期清理未实现',
  },
  { id: 'A21', title: '依赖漏洞扫描门禁与 SBOM', status: 'todo' },
  { id: 'A22', title: '发布完整性（SM3 清单 + SM2 签名）', status: 'todo' },
]
