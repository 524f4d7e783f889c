import type { TurnContext } from 'botbuilder';
import { CodedError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import { replyWithError } from '../errors/replyWithError';
import { tenantOf } from '../turn/context';
import { turnLogger } from '../turn/logger';

/**
 * beforeTurn: when a home tenant is configured, only its users are served. An activity
 * from another tenant (or from none) is answered once and goes no further.
 */
export function tenantGuardHook(homeTenantId: string | undefined, logger: Logger) {
  const home = homeTenantId?.toLowerCase();
  return async (ctx: TurnContext): Promise<boolean> => {
    if (!home) return true;
    const tenant = tenantOf(ctx);
    if (tenant?.toLowerCase() === home) return true;
    const error = new CodedError(ErrorCode.ForeignTenant, 'This bot serves only the organization that runs it.', {
      tenantId: tenant,
    });
    await replyWithError(ctx, error, turnLogger(ctx, logger));
    return false;
  };
}
