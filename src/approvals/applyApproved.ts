import { CodedError, ErrorCode, isCoded } from '../errors';
import type { ActingUser } from '../domain';
import type { Logger } from '../logging';
import type { SetupService } from '../sync/setup';
import { ApplyGateway, applyChange, ChangeEffect } from './apply';
import type { ApplyResult, ApprovalRequest } from './model';
import { applySetup } from './setupChange';

export interface ApplyDeps {
  /** The gateway the change is made through: the last approver's (GRAPH_WRITES=user) or the app's. */
  gateway: () => ApplyGateway;
  setup?: Pick<SetupService, 'inspect' | 'run'>;
  /** The approver whose approval completed the request: guided setup's source-side changes use their token. */
  by?: ActingUser;
  log: Logger;
}

/**
 * One attempt at an approved change, read as the outcome the request records: applied, no longer applies, or failed
 * (never thrown). `earlierReachedGraph`: an interrupted attempt may already have made the change, which is then ours.
 */
export async function applyApproved(
  { gateway, setup, by, log }: ApplyDeps,
  request: ApprovalRequest,
  earlierReachedGraph: boolean,
  at: () => string,
): Promise<ApplyResult> {
  let effect: ChangeEffect;
  try {
    if (request.change.kind === 'setup') {
      if (!setup) throw new CodedError(ErrorCode.NotSupported, 'Guided setup is not running in this bot.');
      return await applySetup(setup, request.change, log, at, earlierReachedGraph, by);
    }
    effect = await applyChange(gateway(), request.configurationId, request.change);
  } catch (error) {
    const coded = isCoded(error) ? error : undefined;
    log.warn(
      {
        requestId: request.id,
        err: coded ? undefined : error,
        code: coded?.code,
        graphRequestId: coded?.details.requestId,
      },
      'applying an approved change failed',
    );
    return {
      outcome: 'failed',
      detail: coded ? coded.message : 'The change failed unexpectedly.',
      at: at(),
      errorCode: coded?.code ?? 'Unexpected',
      graphRequestId: typeof coded?.details.requestId === 'string' ? coded.details.requestId : undefined,
    };
  }
  if (effect.kind === 'changed')
    return { outcome: 'applied', detail: effect.detail, at: at(), graphObjectId: effect.graphObjectId };
  if (effect.kind === 'alreadyInEffect' && earlierReachedGraph) {
    return { outcome: 'applied', detail: `${effect.detail} (confirmed after an interrupted attempt)`, at: at() };
  }
  return { outcome: 'noLongerApplies', detail: effect.detail, at: at() };
}
