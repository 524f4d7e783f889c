import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { parseTimeRange } from '../../../sync/logs/timeRange';
import { defineOperation } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { progressCard } from '../../shared/workingCards';
import { sendCard } from '../../turn/reply';
import { listLogs } from './listLogs';
import type { LogFilter } from './logListCard';
import type { LogsServices } from './services';

const KIND = /(?<kind>logs?|failures?|errors?|failed|problems|skips?|skipped|successes|changes)/.source;
const LAST = /(?:in |over |during )?(?:the )?(?:last|past|previous)/.source;
const COUNT = /(?: (?:\d{1,4}|an?|one|two|three|few))?/.source;
const UNIT = /(?:minutes?|mins?|hours?|hrs?|days?|weeks?)/.source;
const WHEN = `(?: (?<when>today|yesterday|this week|${LAST}${COUNT} ${UNIT}))?`;
const SUBJECT = /(?: (?:for|of|in|from|on|with) (?<subject>(?!(?:the )?(?:last|past|previous) ).+?))?/.source;

/** "show failures for Contoso A today", and "Provisioning logs" on configuration, job and result cards. */
export const showLogs = defineOperation<LogsServices>()({
  name: 'showLogs',
  title: 'Provisioning logs',
  role: 'reader',
  command: {
    description:
      'Lists provisioning log entries (time, user, action, status, error code) of a configuration, a user or ' +
      'everything, optionally only failures or skips and for a time ("today", "last 2 hours"), with paging, ' +
      'filters and a details card per entry.',
    parameters: z.object({
      kind: z.string().max(20).optional().describe('logs, failures, skipped or successes'),
      subject: z
        .string()
        .trim()
        .min(1)
        .max(200, 'a configuration or user name has at most 200 characters')
        .optional()
        .describe('A configuration or a user'),
      when: z.string().trim().max(60).optional().describe('today, yesterday, this week, last 2 hours, last 3 days'),
    }),
    examples: ['show failures for Contoso A today', 'logs for Contoso B last 2 hours', 'show provisioning logs'],
    patterns: [
      new RegExp(
        `^(?:(?:show|list|get|display|view|see)(?: me)?(?: the| all| any)? )?(?:provisioning |sync )?${KIND}` +
          `${SUBJECT}${WHEN}$`,
        'i',
      ),
    ],
    run:
      (services) =>
      async ({ context, log }, { kind, subject, when }) => {
        if (when && !parseTimeRange(when))
          throw new CodedError(
            ErrorCode.InvalidInput,
            'Say the time as today, yesterday, this week, or last 2 hours / last 3 days.',
          );
        const filter: LogFilter = { status: statusOfWord(kind), when: when?.toLowerCase() };
        if (subject) {
          const match = (await services.catalog.resolve(subject)).match;
          if (match) filter.configurationId = match.servicePrincipalId;
          else {
            const user = await services.users.resolveUser(subject);
            if (user.kind === 'found' || user.kind === 'notInternal') filter.userId = user.user.id;
            else {
              const data: Record<string, string> = {};
              if (filter.status) data.status = filter.status;
              if (filter.when) data.when = filter.when;
              const found = await configurationOrChoice(services, subject, {
                verb: Verb.logsFilter,
                buttonTitle: 'Show logs',
                data,
              });
              if ('card' in found) return void (await sendCard(context, found.card));
              filter.configurationId = found.config.servicePrincipalId;
            }
          }
        }
        await showWhileWorking(
          context,
          log,
          progressCard('Provisioning logs', '', 'Reading the provisioning logs…', []),
          () => listLogs(services, filter),
        );
      },
  },
  button: {
    verb: Verb.showLogs,
    title: 'Showing provisioning logs',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (_turn, { configurationId }) => {
        const config = await configurationOfButton(services, configurationId);
        return listLogs(services, { configurationId: config.servicePrincipalId });
      },
  },
});

/** Reads "failures"/"errors"/"skipped"/"logs" as a status filter. */
export function statusOfWord(word: string | undefined): LogFilter['status'] {
  const w = (word ?? '').toLowerCase();
  if (/^(?:failures?|errors?|failed|problems?)$/.test(w)) return 'failure';
  if (/^(?:skips?|skipped)$/.test(w)) return 'skipped';
  if (/^(?:successes|successful|changes)$/.test(w)) return 'success';
  return undefined;
}
