import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { sendCard } from '../turn/reply';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { configurationName } from '../shared/parameters';
import { testConnection as run } from './sync/jobFlows';
import { configurationOrChoice } from '../shared/pickConfiguration';

export const testConnection = defineAction({
  name: 'testConnection',
  title: 'Test connection',
  description:
    'Tests a configuration\'s connection (validateCredentials) and says exactly which setting is wrong and in which tenant: outbound or inbound automatic redemption, or "Allow users sync into this tenant".',
  parameters: z.object({ name: configurationName }),
  role: 'operator',
  examples: ['test connection Contoso B', 'check the connection of Contoso A'],
  patterns: [
    /^(?:test|check|validate|verify)(?: the)? (?:connection|connectivity|credentials)(?: (?:of|for|to|on|with))? (?<name>.+)$/i,
    /^(?:test|check|validate|verify) (?<name>.+?)(?:'s)? (?:connection|connectivity|credentials)$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, {
        verb: Verb.testConnection,
        buttonTitle: 'Test connection',
      });
      if ('card' in found) await sendCard(ctx, found.card);
      else await run(ctx, deps, turnLogger(ctx, deps.logger).child({ action: 'testConnection' }), found.config);
      return '';
    },
});
