// Per-IP throttling of failed logins: a sliding window kept in memory by the one CMS process. Account
// lockout (per account, in the database) is the durable control; this one slows down spraying across accounts.
import { IDENTITY_POLICY } from './policy.ts'

const failures = new Map<string, number[]>()

const recent = (ip: string, now: number) => {
  const since = now - IDENTITY_POLICY.ipWindowMinutes * 60_000
  const kept = (failures.get(ip) ?? []).filter((at) => at > since)
  if (kept.length) failures.set(ip, kept)
  else failures.delete(ip)
  return kept
}

export const ipThrottled = (ip: string, now = Date.now()) => recent(ip, now).length >= IDENTITY_POLICY.ipMaxFailures

export function recordIpFailure(ip: string, now = Date.now()): void {
  failures.set(ip, [...recent(ip, now), now])
  // Addresses that stopped trying are forgotten, so a spray from many addresses cannot grow the map forever.
  if (failures.size > 10_000) for (const known of [...failures.keys()]) recent(known, now)
}
