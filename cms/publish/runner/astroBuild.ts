// The `astro build` process of one portal build: its environment, its peak memory, and its failure told in
// the lines an editor can act on.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../../scripts/lib/paths.ts'

const SITE_DIR = path.join(ROOT, 'site')

/** Linux reports a process's peak resident set as VmHWM. */
export function peakRss(pid: number | undefined): number {
  try {
    return (
      Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) / 1024
    )
  } catch {
    return 0
  }
}

/** Resolves with the build process's peak memory in MiB. */
export function runAstroBuild(
  outDir: string,
  env: Record<string, string>,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
      {
        cwd: SITE_DIR,
        env: { ...process.env, ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        signal,
      },
    )
    let output = ''
    let peak = 0
    const sampler = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid))
    }, 200)
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => {
      clearInterval(sampler)
      reject(signal?.aborted ? new Error('服务停止，构建已中断，继续提供上一版本') : error)
    })
    child.on('exit', (code) => {
      clearInterval(sampler)
      if (signal?.aborted) return
      if (code === 0) return resolve(Math.round(peak))
      log(output)
      // The message lines, without stack frames and code excerpts, are what an editor can act on.
      const message = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(at |Stack trace|\d+ \||\^|file:)/.test(line))
      reject(
        new Error(`门户构建失败（astro build 退出码 ${code}）：${message.slice(0, 6).join('\n')}`),
      )
    })
  })
}
