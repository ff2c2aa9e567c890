// A docx or xlsx is a zip: before a library unpacks it, every entry is inflated here with a hard cap on
// its output, so a zip bomb (or an entry whose declared size lies) stops at the limit instead of
// exhausting memory. Reads only the central directory and local headers (PKWARE APPNOTE 4.3).
import { inflateRawSync } from 'node:zlib'
import { ExtractionStopped, type ExtractionLimits } from './limits.ts'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  throw new ExtractionStopped('文件不是有效的 Office 文档（压缩结构不完整）')
}

/** Throws ExtractionStopped when the zip is malformed or unpacks to more than the limits allow. */
export function checkZip(
  zip: Buffer,
  limits: Pick<ExtractionLimits, 'maxUnzippedBytes' | 'maxEntries'>,
): void {
  const end = endOfDirectory(zip)
  const entries = zip.readUInt16LE(end + 10)
  if (entries === 0xffff || entries > limits.maxEntries)
    throw new ExtractionStopped(`压缩包内文件过多（超过 ${limits.maxEntries} 个）`)
  let at = zip.readUInt32LE(end + 16)
  let total = 0
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw new ExtractionStopped('文件不是有效的 Office 文档（目录损坏）')
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const declared = zip.readUInt32LE(at + 24)
    const local = zip.readUInt32LE(at + 42)
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER)
      throw new ExtractionStopped('文件不是有效的 Office 文档（条目损坏）')
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const room = limits.maxUnzippedBytes - total
    if (declared > room)
      throw new ExtractionStopped(`解压后超过 ${limits.maxUnzippedBytes / 1024 / 1024} MB`)
    const data = zip.subarray(start, start + compressed)
    if (method === 0) total += data.length
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length
      } catch {
        throw new ExtractionStopped(
          `解压失败或解压后超过 ${limits.maxUnzippedBytes / 1024 / 1024} MB`,
        )
      }
    } else throw new ExtractionStopped('文件使用了不支持的压缩方式')
  }
}
