import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { alertAcknowledge } from './alertAcknowledge';
import { alertExplain } from './alertExplain';
import { alertFailures } from './alertFailures';
import { alertRestart } from './alertRestart';
import { alertRestartCancel } from './alertRestartCancel';
import { alertRestartConfirm } from './alertRestartConfirm';
import { alertSnooze } from './alertSnooze';
import { listSubscriptions } from './listSubscriptions';
import { registerAlertRoutes } from './routes';
import type { AlertsServices } from './services';
import { subscribeAlerts } from './subscribeAlerts';
import { subscribeDigest } from './subscribeDigest';
import { unsubscribeAlerts } from './unsubscribeAlerts';

/** Alert subscriptions of a channel or chat, the daily digest, and the buttons of alert cards. */
export const alertsFeature = defineFeature<AlertsServices>({
  name: 'alerts',
  operations: [
    subscribeDigest,
    subscribeAlerts,
    unsubscribeAlerts,
    listSubscriptions,
    alertFailures,
    alertExplain,
    alertRestart,
    alertRestartConfirm,
    alertRestartCancel,
    alertSnooze,
    alertAcknowledge,
  ],
  services: ({ catalog, alerts, operations, confirmationTtlHours }) =>
    alerts && {
      catalog,
      subscriptions: alerts.subscriptions,
      incidents: alerts.incidents,
      notifier: alerts.notifier,
      knowledge: alerts.knowledge,
      now: alerts.now,
      pollSeconds: alerts.pollSeconds,
      recentFailures: (incident, top) => alerts.actions.recentFailures(incident, top),
      jobs: operations?.jobs,
      confirmationTtlHours,
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Alerts are not running in this bot.' },
  routes: registerAlertRoutes,
});
