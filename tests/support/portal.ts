// Signed calls to the CMS as the portal's server makes them (site/src/cms/serviceClient.ts), with this test
// run's service credential from the key store the servers use.
import { inject } from 'vitest'
import { SoftKeyStore } from '../../cms/lib/crypto/keyStore.ts'
import { SoftCryptoProvider } from '../../cms/lib/crypto/provider.ts'
import { signedPost, type SigningOptions } from '../../site/src/cms/serviceClient.ts'
import './context.ts'

export const serviceCredential = () =>
  new SoftCryptoProvider(
    new SoftKeyStore({
      dir: inject('haiqiao').keystoreDir,
      masterKeyHex: process.env.HAIQIAO_MASTER_KEY,
    }),
  ).serviceCredential()

/** POSTs `body` to the CMS at `path` (e.g. `/api/consultations`) signed as the portal, for `visitor`. */
export const portalPost = (
  path: string,
  body: unknown,
  options: Partial<SigningOptions> & { baseUrl?: string } = {},
) =>
  signedPost(path, body, {
    visitor: '198.51.100.1',
    credential: serviceCredential(),
    baseUrl: inject('haiqiao').cmsUrl,
    ...options,
  })
