import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { changeAcknowledge } from './changeAcknowledge';
import { changeExplain } from './changeExplain';
import { changeUndo } from './changeUndo';
import type { ChangesServices } from './services';

/** The buttons of change cards: changes to cross-tenant sync made outside the bot, seen in the audit logs. */
export const changesFeature = defineFeature<ChangesServices>({
  name: 'changes',
  operations: [changeUndo, changeExplain, changeAcknowledge],
  services: ({ catalog, alerts, approvals }) =>
    alerts?.changes && {
      catalog,
      changes: alerts.changes.changes,
      notifier: alerts.changes.notifier,
      subscriptions: alerts.subscriptions,
      now: alerts.now,
      requests: approvals && { catalog, service: approvals.service },
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Change watch is not running in this bot.' },
});
