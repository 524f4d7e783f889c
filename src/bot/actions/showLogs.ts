import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { CodedError, ErrorCode } from '../../errors';
import { parseTimeRange } from '../../sync/logs/timeRange';
import { turnLogger } from '../turn/logger';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';
import { showWhileWorking } from '../shared/liveCard';
import type { LogFilter } from './sync/logCards';
import { listLogs, statusOfWord } from './sync/logFlows';
import { operationsOf } from './sync/operations';
import { configurationOrChoice } from '../shared/pickConfiguration';
import { progressCard } from '../shared/workingCards';

const KIND = /(?<kind>logs?|failures?|errors?|failed|problems|skips?|skipped|successes|changes)/.source;
const WHEN =
  /(?: (?<when>today|yesterday|this week|(?:in |over |during )?(?:the )?(?:last|past|previous)(?: (?:\d{1,4}|an?|one|two|three|few))? (?:minutes?|mins?|hours?|hrs?|days?|weeks?)))?/
    .source;

export const showLogs = defineAction({
  name: 'showLogs',
  title: 'Provisioning logs',
  description:
    'Lists provisioning log entries (time, user, action, status, error code) of a configuration, a user or everything, optionally only failures or skips and for a time ("today", "last 2 hours"), with paging, filters and a details card per entry.',
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
  role: 'reader',
  examples: ['show failures for Contoso A today', 'logs for Contoso B last 2 hours', 'show provisioning logs'],
  patterns: [
    new RegExp(
      `^(?:(?:show|list|get|display|view|see)(?: me)?(?: the| all| any)? )?(?:provisioning |sync )?${KIND}(?: (?:for|of|in|from|on|with) (?<subject>(?!(?:the )?(?:last|past|previous) ).+?))?${WHEN}$`,
      'i',
    ),
  ],
  handler:
    (deps) =>
    async (ctx, _state, { kind, subject, when }) => {
      const log = turnLogger(ctx, deps.logger).child({ action: 'showLogs' });
      if (when && !parseTimeRange(when))
        throw new CodedError(
          ErrorCode.InvalidInput,
          'Say the time as today, yesterday, this week, or last 2 hours / last 3 days.',
        );
      const filter: LogFilter = { status: statusOfWord(kind), when: when?.toLowerCase() };
      if (subject) {
        const match = (await deps.catalog.resolve(subject)).match;
        if (match) filter.configurationId = match.servicePrincipalId;
        else {
          const user = await operationsOf(deps).provisioning.resolveUser(subject);
          if (user.kind === 'found' || user.kind === 'notInternal') filter.userId = user.user.id;
          else {
            const data: Record<string, string> = {};
            if (filter.status) data.status = filter.status;
            if (filter.when) data.when = filter.when;
            const found = await configurationOrChoice(deps, subject, {
              verb: Verb.logsFilter,
              buttonTitle: 'Show logs',
              data,
            });
            if ('card' in found) return (await sendCard(ctx, found.card), '');
            filter.configurationId = found.config.servicePrincipalId;
          }
        }
      }
      await showWhileWorking(
        ctx,
        log,
        progressCard('Provisioning logs', '', 'Reading the provisioning logs…', []),
        () => listLogs(deps, filter),
      );
      return '';
    },
});
