import type { GraphSettings } from '../../config';
import type { Logger } from '../../logging';
import type { AccessTokenProvider } from './accessTokenProvider';
import { readCertificateCredential } from './certificateCredential';
import { graphScope } from './graphScope';
import { createManagedIdentityTokenProvider } from './managedIdentityTokenProvider';
import { createMsalTokenProvider } from './msalTokenProvider';

/** Picks the token source the configuration names: secret, certificate or managed identity. */
export function createTokenProvider(settings: GraphSettings, logger: Logger): AccessTokenProvider {
  const scope = graphScope(settings.baseUrl);
  const credential = settings.credential;
  switch (credential.kind) {
    case 'managedIdentity':
      return createManagedIdentityTokenProvider({ clientId: credential.clientId, scope });
    case 'secret':
      return createMsalTokenProvider({
        tenantId: credential.tenantId,
        clientId: credential.clientId,
        secret: credential.clientSecret,
        authorityHost: settings.authorityHost,
        scope,
        logger,
      });
    case 'certificate':
      return createMsalTokenProvider({
        tenantId: credential.tenantId,
        clientId: credential.clientId,
        certificate: readCertificateCredential(credential.certificatePath),
        authorityHost: settings.authorityHost,
        scope,
        logger,
      });
  }
}
