import path from 'node:path';
import type { Env } from './configSchema';
import type { GraphSettings, SsoSettings } from './configTypes';

const SSO_HINT =
  'the Application (client) ID of the app registration named in the Teams manifest (webApplicationInfo.id); see ' +
  'docs/deploy.md, "Acting as the admin"';

/**
 * SSO_* and GRAPH_WRITES. With SSO configured changes default to the person's own token (user); without it to the
 * bot's (app). GRAPH_WRITES=user without SSO is refused: nobody could sign in.
 */
export function ssoSettings(
  e: Env,
  graph: GraphSettings | undefined,
  problems: string[],
): { graphWrites: 'user' | 'app'; sso?: SsoSettings; simulatorSignInClientId?: string } {
  const sso = readSso(e, problems);
  const graphWrites = e.GRAPH_WRITES ?? (sso ? 'user' : 'app');
  // Local mode (no Graph settings yet): the launcher hands the bot the simulator's SSO app with GRAPH_WRITES=user.
  if (graphWrites === 'user' && !sso && graph) {
    problems.push(
      `GRAPH_WRITES: user needs Teams single sign-on: set SSO_CLIENT_ID (${SSO_HINT}) with SSO_CLIENT_SECRET or ` +
        `SSO_CLIENT_CERT_PATH, or set GRAPH_WRITES=app`,
    );
  }
  if (sso && !graph) {
    problems.push(
      'SSO_CLIENT_ID: Teams single sign-on needs the Graph settings (GRAPH_TENANT_ID and the app credentials); in ' +
        'local mode leave it empty',
    );
  }
  return { graphWrites, sso, simulatorSignInClientId: e.SIMULATOR_SSO_CLIENT_ID };
}

function readSso(e: Env, problems: string[]): SsoSettings | undefined {
  if (!e.SSO_CLIENT_ID) {
    if (e.SSO_CLIENT_SECRET || e.SSO_CLIENT_CERT_PATH)
      problems.push(`SSO_CLIENT_ID: required with an SSO secret or certificate (${SSO_HINT})`);
    return undefined;
  }
  const resource = e.SSO_RESOURCE ?? (e.BOT_ID ? `api://botid-${e.BOT_ID}` : undefined);
  if (!resource) {
    problems.push('SSO_RESOURCE: required without BOT_ID (the Application ID URI, e.g. api://botid-<bot id>)');
    return undefined;
  }
  if (e.SSO_CLIENT_SECRET)
    return { clientId: e.SSO_CLIENT_ID, credential: { kind: 'secret', clientSecret: e.SSO_CLIENT_SECRET }, resource };
  if (e.SSO_CLIENT_CERT_PATH) {
    const certificatePath = path.resolve(e.SSO_CLIENT_CERT_PATH);
    return { clientId: e.SSO_CLIENT_ID, credential: { kind: 'certificate', certificatePath }, resource };
  }
  problems.push(
    'SSO_CLIENT_SECRET or SSO_CLIENT_CERT_PATH: one is required with SSO_CLIENT_ID (the on-behalf-of exchange ' +
      'authenticates the SSO app)',
  );
  return undefined;
}
