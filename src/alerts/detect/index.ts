import type { Finding } from '../types';
import { detectAccessFailures } from './accessFailures';
import { detectDeletionThreshold } from './deletionThreshold';
import type { DetectInput } from './detectInput';
import { detectFailureBursts } from './failureBursts';
import { detectQuarantine } from './quarantine';
import { detectStalled } from './stalled';

export type { DetectInput } from './detectInput';

const DETECTORS = [detectAccessFailures, detectQuarantine, detectDeletionThreshold, detectFailureBursts, detectStalled];

/** Everything wrong with one configuration at this poll. Pure: same input, same findings. */
export function detectAll(input: DetectInput): Finding[] {
  return DETECTORS.flatMap((detect) => detect(input));
}
