import type { AppConfig, GraphSettings, SsoSettings } from '../config';
import { readCertificateCredential } from '../graph/auth/certificateCredential';
import { graphScope } from '../graph/auth/graphScope';
import { createOnBehalfOfTokens, type OnBehalfOfTokens } from '../graph/auth/onBehalfOfTokens';
import { SignIns } from '../graph/auth/signIns';
import type { GraphGateway } from '../graph/gateway';
import { appWrites, userWrites, type WritesFor } from '../graph/writesFor';
import type { ActingUser } from '../domain';
import type { Logger } from '../logging';

/** What the composition root needs for changes: the gateway per person, and the sign-in when changes are theirs. */
export interface Writes {
  writes: WritesFor;
  /** Present with GRAPH_WRITES=user: Teams SSO tokens held per person and exchanged on their behalf. */
  signIn?: { tokens: OnBehalfOfTokens; sso: SsoSettings; tenantId: string; authorityHost: string };
}

/**
 * GRAPH_WRITES=user: every change through a gateway carrying the person's on-behalf-of token; app: the app's gateway.
 * `tokens` replaces the on-behalf-of source (tests at the edge).
 */
export function createWrites(
  config: Pick<AppConfig, 'graphWrites' | 'sso'> & { graph: GraphSettings },
  gateway: GraphGateway,
  logger: Logger,
  tokens?: OnBehalfOfTokens,
  /** Local mode: people are signed in on the simulator's page instead of by Teams (src/local/simulatorSignIn.ts). */
  silentSignIn?: (user: ActingUser) => Promise<string>,
): Writes {
  const sso = config.sso;
  if (config.graphWrites === 'app' || !sso) return { writes: appWrites(gateway) };
  const graph = config.graph;
  const tenantId = graph.credential.tenantId;
  const obo =
    tokens ??
    createOnBehalfOfTokens({
      tenantId,
      clientId: sso.clientId,
      ...(sso.credential.kind === 'secret'
        ? { secret: sso.credential.clientSecret }
        : { certificate: readCertificateCredential(sso.credential.certificatePath) }),
      authorityHost: graph.authorityHost,
      scope: graphScope(graph.baseUrl),
      signIns: new SignIns(),
      logger,
      silentSignIn,
    });
  return {
    writes: userWrites({ settings: graph, tokens: obo, logger }),
    signIn: { tokens: obo, sso, tenantId, authorityHost: graph.authorityHost },
  };
}
