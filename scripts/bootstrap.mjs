// Runs first, under whatever Node the machine has (20 or newer): makes sure Node 24 and the locked
// dependencies are in place, then hands over to the real task script under Node 24.
// Plain JavaScript on purpose: it must run before TypeScript support (Node 24) exists.
import { spawn, spawnSync, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const NODE_MAJOR = 24
const NODE_VERSION = '24.21.0'
const toolsDir = join(root, '.tools')
const localNodeDir = join(toolsDir, `node-${NODE_VERSION}`)
const localNode = join(localNodeDir, 'package', 'bin', 'node')

const log = (msg) => process.stderr.write(`[海桥] ${msg}\n`)

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts })
  if (r.status !== 0) {
    log(`命令失败 (${r.status ?? r.signal}): ${cmd} ${args.join(' ')}`)
    process.exit(r.status ?? 1)
  }
}

/** Node 24 from the npm registry (the platform package `node-<os>-<arch>`), unpacked under .tools/. */
function ensureNode() {
  const major = Number(process.versions.node.split('.')[0])
  if (major >= NODE_MAJOR) return process.execPath
  if (existsSync(localNode)) return localNode
  const pkg = `node-${process.platform}-${process.arch}@${NODE_VERSION}`
  log(`系统 Node ${process.versions.node} 过旧，正在从 npm 仓库安装 ${pkg} …`)
  mkdirSync(localNodeDir, { recursive: true })
  const out = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', localNodeDir], {
    cwd: localNodeDir,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()
  run('tar', ['-xzf', join(localNodeDir, out), '-C', localNodeDir])
  rmSync(join(localNodeDir, out))
  if (!existsSync(localNode)) {
    log(`安装 Node ${NODE_VERSION} 失败：未找到 ${localNode}`)
    process.exit(1)
  }
  return localNode
}

/**
 * Installs exactly the locked dependency tree (`npm ci`) when node_modules is missing or was installed from
 * another lockfile. `npm ci` never writes package-lock.json, so installing leaves the clone unchanged; the
 * lockfile lists every platform's optional binaries (as `npm install` records them) and npm fetches only this
 * machine's.
 */
function ensureDependencies(env) {
  const lock = join(root, 'package-lock.json')
  const stamp = join(root, 'node_modules', '.haiqiao-lock-hash')
  const want = createHash('sha256').update(readFileSync(lock)).update(NODE_VERSION).digest('hex')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return
  log('正在安装锁定的依赖…')
  run('npm', ['ci', '--no-audit', '--no-fund'], { env })
  writeFileSync(stamp, want)
}

/**
 * Debian packages the platform reads data from at run time: `sunpinyin-data` (open-gram's word trigram model,
 * CC BY-SA 3.0) is the content check's context model for real-word typos. Installed with apt when missing and
 * this runs as root; otherwise the check runs without the context model, and says how to add it.
 */
function ensureDebianData() {
  const dir = process.env.HAIQIAO_SLM_DIR ?? '/usr/lib/x86_64-linux-gnu/sunpinyin/data'
  if (existsSync(join(dir, 'lm_sc.t3g'))) return
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' })
  if (process.getuid?.() !== 0 || apt.status !== 0) {
    log(
      `未找到语言模型 ${dir}：错别字检查不使用上下文模型。安装方法：apt-get install sunpinyin-data`,
    )
    return
  }
  log('正在安装 Debian 软件包 sunpinyin-data（错别字检查的上下文模型）…')
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] }
  let result = spawnSync('apt-get', ['install', '-y', '-qq', 'sunpinyin-data'], quiet)
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], quiet)
    result = spawnSync('apt-get', ['install', '-y', '-qq', 'sunpinyin-data'], quiet)
  }
  if (result.status !== 0) log('安装 sunpinyin-data 失败：错别字检查不使用上下文模型。')
}

const task = process.argv[2]
if (!task) {
  log('用法: node scripts/bootstrap.mjs <start|test|bench-api|…> [参数]')
  process.exit(2)
}
const node = ensureNode()
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` }
ensureDependencies(env)
ensureDebianData()
// `bench-<name>` runs bench/<name>.ts; anything else runs scripts/<task>.ts.
const script = task.startsWith('bench-')
  ? join(root, 'bench', `${task.slice(6)}.ts`)
  : join(root, 'scripts', `${task}.ts`)
if (!existsSync(script) || !statSync(script).isFile()) {
  log(`未知任务: ${task}`)
  process.exit(2)
}
const child = spawn(node, [script, ...process.argv.slice(3)], { stdio: 'inherit', cwd: root, env })
// Ctrl-C reaches the whole process group; the task shuts down on its own and we wait for it.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)))
