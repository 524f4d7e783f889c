import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { defineOperation } from '../../operations/operation';
import { draftCard } from '../../shared/changeRequests/previewChange';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import type { JobsServices } from './services';

/**
 * "Ask for approval" on the held-back deletions card: ForceDeletes needs two approvers (approvals/policy.ts), so the
 * click previews an approval request with who would be deleted; nothing restarts until it is approved.
 */
export const confirmAllowDeletes = defineOperation<JobsServices>()({
  name: 'confirmAllowDeletes',
  title: 'Asking to allow held-back deletions',
  role: 'operator',
  button: {
    verb: Verb.jobAllowDeletesConfirm,
    data: z.object({ configurationId }),
    run:
      (services) =>
      async ({ context, log }, { configurationId }) => {
        const config = await configurationOfButton(services, configurationId);
        const held = await services.jobs.heldDeletes(config);
        if (!held)
          throw new CodedError(
            ErrorCode.StaleAction,
            `${config.displayName} is not holding back any deletions (it is not quarantined for too many deletes), ` +
              'so there is nothing to allow.',
            { configurationId: config.servicePrincipalId },
          );
        const names = held.entries.map((e) => e.sourceDisplayName ?? e.reportableIdentifier ?? e.sourceId ?? 'a user');
        log.info({ configuration: config.displayName, heldBack: names.length }, 'allow deletes: approval preview');
        return draftCard(context, services.changeRequests, config, {
          kind: 'allowDeletes',
          heldBack: names.length,
          names: names.slice(0, 10),
        });
      },
  },
});
