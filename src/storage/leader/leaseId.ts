import { createHash } from 'node:crypto';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The proposed lease id for an instance. Azure requires a GUID; App Service's
 * WEBSITE_INSTANCE_ID is 64 hex digits, so other ids are hashed into one. The same instance
 * always proposes the same id, so after a quick restart it takes its own lease back at once.
 */
export function leaseIdFor(instanceId: string): string {
  if (GUID.test(instanceId)) return instanceId.toLowerCase();
  const hex = createHash('sha256').update(instanceId).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-` +
    `${hex.slice(20, 32)}`
  );
}
