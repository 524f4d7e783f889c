import type { ProvisioningLogEntry } from '../../domain';
import type { AlertSettings } from '../settings';
import type { ConfigurationSnapshot } from '../types';

/** What every detector looks at: one configuration's status now and its log entries new since the last poll. */
export interface DetectInput {
  config: ConfigurationSnapshot;
  entries: readonly ProvisioningLogEntry[];
  now: Date;
  settings: AlertSettings;
}
