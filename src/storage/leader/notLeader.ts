import { CodedError, ErrorCode } from '../../errors';

export function notLeader(job: string, instanceId: string, cause?: unknown): CodedError {
  return new CodedError(
    ErrorCode.NotLeader,
    `Instance ${instanceId} does not lead job "${job}" (any more); its write was refused.`,
    { job, instanceId },
    { cause },
  );
}
