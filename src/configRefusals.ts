import type { Env } from './configSchema';
import type { GraphSettings } from './configTypes';

/**
 * Settings that would start the bot in a way its user did not mean, refused at start with what to set
 * (loadConfig in config.ts adds these to its problems). Kept apart from the value checks in config.ts:
 * these look at several settings, and at where the process runs.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Variables App Service sets in every web app: their presence means this is Azure, not a developer's machine. */
const APP_SERVICE_VARIABLES = ['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID', 'WEBSITE_HOSTNAME'] as const;

const GRAPH_VARIABLES = [
  'GRAPH_TENANT_ID',
  'GRAPH_CLIENT_ID',
  'GRAPH_CLIENT_SECRET',
  'GRAPH_CLIENT_CERT_PATH',
  'GRAPH_USE_MANAGED_IDENTITY',
] as const;

export function isTenantGuid(value: string): boolean {
  return GUID.test(value);
}

export function startRefusals(e: Env, graph: GraphSettings | undefined): string[] {
  const refusals: string[] = [];
  const deployed = deploymentSigns(e);
  // Without Graph settings the bot would start local mode: the simulator and the Playground, in Azure.
  if (!graph && deployed.length > 0 && GRAPH_VARIABLES.every((key) => !e[key])) {
    refusals.push(
      'GRAPH_TENANT_ID, GRAPH_CLIENT_ID or GRAPH_USE_MANAGED_IDENTITY: no Graph settings, yet ' +
        `${deployed.join(' and ')}, so this is not a machine for local mode (the tenant simulator and the Agents ` +
        'Playground). Set ' +
        'GRAPH_TENANT_ID and GRAPH_USE_MANAGED_IDENTITY=true (and GRAPH_CLIENT_ID for a user-assigned identity), ' +
        'or GRAPH_CLIENT_ID with GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERT_PATH (docs/deploy.md). For local mode, ' +
        'leave BOT_ID empty and run outside App Service.',
    );
  }
  const tenant = e.GRAPH_TENANT_ID;
  if (tenant && !GUID.test(tenant) && !DOMAIN.test(tenant)) {
    refusals.push(
      `GRAPH_TENANT_ID: "${tenant}" is neither a tenant id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47) ` +
        'nor a domain of the tenant (contoso.onmicrosoft.com); find the id on the Overview page of the Entra ' +
        'admin center',
    );
  } else if (tenant && !GUID.test(tenant) && !e.HOME_TENANT_ID) {
    refusals.push(
      `HOME_TENANT_ID: required when GRAPH_TENANT_ID is a domain (${tenant}): Teams names a user's tenant by its id, ` +
        'so set the tenant id (a GUID, on the Overview page of the Entra admin center) here or in GRAPH_TENANT_ID',
    );
  }
  if (e.HOME_TENANT_ID && !GUID.test(e.HOME_TENANT_ID)) {
    refusals.push(
      `HOME_TENANT_ID: "${e.HOME_TENANT_ID}" is not a tenant id (a GUID, on the Overview page of the Entra admin ` +
        'center); Teams names tenants by id',
    );
  }
  return refusals;
}

/** What says this process runs as a deployed bot, as the refusal words it. */
function deploymentSigns(e: Env): string[] {
  const signs: string[] = [];
  if (e.BOT_ID) signs.push('BOT_ID is set');
  const appService = APP_SERVICE_VARIABLES.find((key) => e[key]);
  if (appService) signs.push(`App Service's ${appService} says this runs in Azure`);
  return signs;
}
