import type { Json } from '../store/types';

/** Complex properties made of an inbound and an outbound flag (inboundOutboundPolicyConfiguration). */
const PAIRS = new Set(['automaticUserConsentSettings', 'crossCloudMeetingConfiguration', 'protectedContentSharing']);

/**
 * PATCH of a partner (learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationpartner-update)
 * does not say whether a complex property sent in part is merged or replaced. The simulator takes the stricter
 * reading: the value sent replaces the stored one whole, and a flag left out of an inbound/outbound pair becomes
 * null (inherit the default), so a client that sends only outboundAllowed clears inboundAllowed.
 */
export function replaceWhole(name: string, value: unknown): unknown {
  if (!PAIRS.has(name) || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return { inboundAllowed: null, outboundAllowed: null, ...(value as Json) };
}
