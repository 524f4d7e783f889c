import { CodedError, ErrorCode } from '../../../errors';
import type { SyncOperations } from '../../../sync/operations';

/** The provisioning, job, log, explain and mapping services; absent when the bot runs without Graph. */
export function operationsOf(deps: { operations?: SyncOperations }): SyncOperations {
  if (!deps.operations)
    throw new CodedError(
      ErrorCode.BotMisconfigured,
      'Provisioning, jobs and logs are not available: this bot was started without its Microsoft Graph services.',
    );
  return deps.operations;
}
