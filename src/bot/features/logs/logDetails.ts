import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { CodedError, ErrorCode } from '../../../errors';
import { targetName } from '../../../sync/checks/targetName';
import { describeOutcome } from '../../../sync/provisioning/describeOutcome';
import { defineOperation } from '../../operations/operation';
import { configurationId, objectId } from '../../shared/parameters';
import { logDetailsCard } from './logDetailsCard';
import type { LogsServices } from './services';

/** A row of the log card: the entry is read again by its id, time and user. */
export const logDetails = defineOperation<LogsServices>()({
  name: 'logDetails',
  title: 'Showing a provisioning log entry',
  role: 'reader',
  button: {
    verb: Verb.logDetails,
    data: z.object({
      id: z.string().trim().min(1).max(128),
      at: z.string().trim().min(1).max(40),
      userId: objectId.optional(),
      configurationId: configurationId.optional(),
    }),
    run:
      (services) =>
      async ({ log }, ref) => {
        const entry = await services.logs.entry(ref);
        if (!entry)
          throw new CodedError(
            ErrorCode.StaleAction,
            'That provisioning log entry is no longer available (logs are kept for 30 days).',
            { id: ref.id },
          );
        const configs = await services.catalog.list();
        const config: SyncConfiguration | undefined = configs.find(
          (c) => c.servicePrincipalId.toLowerCase() === (entry.servicePrincipalId ?? '').toLowerCase(),
        );
        const view = describeOutcome(
          entry,
          {
            userName: entry.sourceDisplayName ?? entry.reportableIdentifier ?? 'the user',
            targetName: targetName(config),
            configName: config?.displayName ?? entry.servicePrincipalName ?? 'the configuration',
          },
          services.knowledge,
        );
        log.info({ id: entry.id, status: entry.status }, 'showed a provisioning log entry');
        return logDetailsCard(entry, view, config, services.verbs);
      },
  },
});
