// The two versions the admin's diff view compares for a governed document.
import type { PayloadRequest, Where } from 'payload'

/**
 * The latest version and the published one it would replace (versionFrom → to); null when nothing is
 * published or the latest version is the published one.
 */
export async function compareVersions(
  req: PayloadRequest,
  slug: string,
  id: string,
): Promise<{ from: string; to: string } | null> {
  const newest = (where: Where) =>
    req.payload.findVersions({
      collection: slug as 'articles',
      where: { and: [{ parent: { equals: id } }, where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
      select: {} as never,
    })
  const [latest, published] = await Promise.all([
    newest({}),
    newest({ 'version._status': { equals: 'published' } }),
  ])
  const to = latest.docs[0]?.id
  const from = published.docs[0]?.id
  return to && from && to !== from ? { from: String(from), to: String(to) } : null
}
