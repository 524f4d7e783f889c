/**
 * What makes an activity or a stored conversation reference a Microsoft Teams one. A valid Bot Framework token only
 * proves which channel delivered an activity; Web Chat and Direct Line clients write their own user fields and
 * channel data, so only the msteams channel vouches for `from.aadObjectId` and the tenant.
 */

/** The Bot Connector hosts of Teams: the public cloud, GCC, GCC High and DoD (Microsoft's TeamsServiceEndpoints). */
export const TEAMS_SERVICE_HOSTS: readonly string[] = [
  'smba.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ChannelPolicy {
  /** No bot identity (local mode with the Agents Playground): a loopback Bot Connector is accepted too. */
  allowLoopback: boolean;
}

/** The parts of an activity or a ConversationReference the check reads. */
export interface ChannelAddress {
  channelId?: string;
  serviceUrl?: string;
  conversation?: { tenantId?: string };
  channelData?: unknown;
  from?: { aadObjectId?: string };
  user?: { aadObjectId?: string };
}

export function isEntraObjectId(value: string): boolean {
  return GUID.test(value);
}

/** Why this is not a Teams activity or reference, or undefined when it is one. */
export function channelRefusal(address: ChannelAddress, policy: ChannelPolicy): string | undefined {
  if (address.channelId !== 'msteams') return `channel ${JSON.stringify(address.channelId ?? null)} is not msteams`;
  const host = serviceHost(address.serviceUrl, policy);
  if (!host.ok) return host.reason;
  const channelTenant = (address.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const conversationTenant = address.conversation?.tenantId;
  if (
    typeof channelTenant === 'string' &&
    channelTenant &&
    conversationTenant &&
    channelTenant.toLowerCase() !== conversationTenant.toLowerCase()
  ) {
    return `conversation tenant ${conversationTenant} differs from channelData tenant ${channelTenant}`;
  }
  const objectId = address.from?.aadObjectId ?? address.user?.aadObjectId;
  if (objectId && !isEntraObjectId(objectId)) return 'aadObjectId is not a GUID';
  return undefined;
}

function serviceHost(
  serviceUrl: string | undefined,
  policy: ChannelPolicy,
): { ok: true } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(serviceUrl ?? '');
  } catch {
    return { ok: false, reason: 'serviceUrl is not a URL' };
  }
  const host = url.hostname.toLowerCase();
  if (policy.allowLoopback && LOOPBACK_HOSTS.has(host)) return { ok: true };
  if (url.protocol === 'https:' && TEAMS_SERVICE_HOSTS.includes(host) && !url.username && !url.password)
    return { ok: true };
  return { ok: false, reason: `serviceUrl host ${host} is not a Teams Bot Connector` };
}
