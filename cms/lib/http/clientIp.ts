// The client's address as the CMS server saw it: scripts/cms-serve.ts overwrites this header on every request
// (contracts/clientAddress.ts: the socket's peer, or the address our trusted proxy appended), so a client
// cannot set it. For a public submission the portal forwards, the client is the visitor whose address the
// portal signed (cms/lib/http/serviceRequest.ts); requestAddress gives that one.
import type { PayloadRequest } from 'payload'
import { CLIENT_ADDRESS_HEADER } from '../../../contracts/clientAddress.ts'

export const CLIENT_IP_HEADER = CLIENT_ADDRESS_HEADER

export const clientIp = (headers: Headers | undefined): string =>
  headers?.get(CLIENT_IP_HEADER) ?? 'unknown'

const VISITOR = 'portalVisitor'

/** Marks the request as a verified service request from the portal on behalf of `visitor` (server-side only). */
export const markPortalVisitor = (req: PayloadRequest, visitor: string): void => {
  req.context[VISITOR] = visitor
}

/** The visitor a verified portal request acts for, or undefined for any other request. */
export const portalVisitor = (req: Pick<PayloadRequest, 'context'>): string | undefined =>
  typeof req.context?.[VISITOR] === 'string' ? req.context[VISITOR] : undefined

/** Who made the request: the visitor of a verified portal request, else the client of the connection. */
export const requestAddress = (req: Pick<PayloadRequest, 'context' | 'headers'>): string =>
  portalVisitor(req) ?? clientIp(req.headers)
