import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { defineOperation, type OperationTurn } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId, configurationName } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { workingCard } from '../../shared/workingCards';
import { sendCard } from '../../turn/reply';
import { connectionCard } from './connectionCard';
import type { JobsServices } from './services';

/** "test connection Contoso B", and the "Test connection" and "Test again" buttons. */
export const testConnection = defineOperation<JobsServices>()({
  name: 'testConnection',
  title: 'Test connection',
  role: 'operator',
  command: {
    description:
      "Tests a configuration's connection (validateCredentials) and says exactly which setting is wrong and in " +
      'which tenant: outbound or inbound automatic redemption, or "Allow users sync into this tenant".',
    parameters: z.object({ name: configurationName }),
    examples: ['test connection Contoso B', 'check the connection of Contoso A'],
    patterns: [
      new RegExp(
        '^(?:test|check|validate|verify)(?: the)? (?:connection|connectivity|credentials)' +
          '(?: (?:of|for|to|on|with))? (?<name>.+)$',
        'i',
      ),
      /^(?:test|check|validate|verify) (?<name>.+?)(?:'s)? (?:connection|connectivity|credentials)$/i,
    ],
    run:
      (services) =>
      async (turn, { name }) => {
        const found = await configurationOrChoice(services, name, {
          verb: Verb.testConnection,
          buttonTitle: 'Test connection',
        });
        if ('card' in found) await sendCard(turn.context, found.card);
        else await test(services, turn, found.config);
      },
  },
  button: {
    verb: Verb.testConnection,
    title: 'Testing the connection',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (turn, { configurationId }) =>
        test(services, turn, await configurationOfButton(services, configurationId)),
  },
});

function test(services: JobsServices, { context, log }: OperationTurn, config: SyncConfiguration) {
  const target = config.target?.displayName ?? 'the target tenant';
  const headline = `Testing the connection to ${target} and reading both tenants' settings…`;
  return showWhileWorking(context, log, workingCard(config, headline), async () => {
    const report = await services.jobs.testConnection(config);
    log.info({ configuration: config.displayName, ok: report.ok, code: report.code }, 'tested the connection');
    return connectionCard(config, report, services.verbs);
  });
}
