import { CodedError, ErrorCode } from '../../errors';
import type { TenantInfo } from '../../domain';
import type { SetupGateway } from './types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The target tenant named by a domain or a tenant id, looked up in the cloud's tenant directory. */
export async function resolveTarget(
  gateway: Pick<SetupGateway, 'findTenantByDomain' | 'findTenantById'>,
  text: string,
  sourceTenantId: string,
): Promise<TenantInfo> {
  const typed = text.trim();
  const isId = GUID.test(typed);
  if (!isId && !DOMAIN.test(typed)) {
    throw new CodedError(
      ErrorCode.InvalidInput,
      `"${typed.slice(0, 80)}" is neither a domain name (like fabrikam.com) nor a tenant id.`,
      { target: typed.slice(0, 80) },
    );
  }
  const found = isId
    ? await gateway.findTenantById(typed.toLowerCase())
    : await gateway.findTenantByDomain(typed.toLowerCase());
  if (!found) {
    throw new CodedError(
      ErrorCode.InvalidInput,
      `No Microsoft Entra tenant has the ${isId ? 'id' : 'domain'} ${typed}. Check the spelling, or use the tenant id.`,
      { target: typed },
    );
  }
  if (found.tenantId.toLowerCase() === sourceTenantId.toLowerCase()) {
    throw new CodedError(
      ErrorCode.InvalidInput,
      `${typed} is this tenant (${found.displayName ?? found.tenantId}); synchronization needs another tenant as its ` +
        `target.`,
      { target: typed },
    );
  }
  return found;
}
