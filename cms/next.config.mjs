// Next.js hosts the Payload admin and APIs. The repository root is the workspace root.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Type checking runs once, in `npm test` (tsc), not inside every build.
  typescript: { ignoreBuildErrors: true },
  // Document text extraction (cms/lib/extract): pdf.js and mammoth load from node_modules at run time
  // rather than through the bundler.
  serverExternalPackages: ['unpdf', 'mammoth'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
