import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { historyPage } from './historyPage';
import type { HistoryServices } from './services';
import { showHistory } from './showHistory';

/** A timeline per configuration: outside and bot changes, approvals, runs, alerts and quarantines. */
export const historyFeature = defineFeature<HistoryServices>({
  name: 'history',
  operations: [showHistory, historyPage],
  services: ({ catalog, alerts, approvals }) =>
    alerts && {
      catalog,
      changes: alerts.changes?.changes,
      incidents: alerts.incidents,
      approvals: approvals?.service,
      now: alerts.now,
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'The history needs the alert monitor, which is not running.' },
});
