import { z } from 'zod';
import { targetName } from '../../cards/format';
import { renderNoticeCard } from '../../cards/notice';
import { Verb } from '../../cards/verbs';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Provision a user" on a configuration card: asks who, with a text box. */
export const provisionPromptVerb = defineVerb({
  verb: Verb.provision,
  role: 'operator',
  title: 'Provisioning a user',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (_ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      return renderNoticeCard({
        title: `Provision a user with ${config.displayName}`,
        subtitle: `To ${targetName(config)}`,
        tone: 'default',
        lines: ['Who? A display name, user principal name, mail or alias.'],
        input: { id: 'user', label: 'User', placeholder: 'Adele Vance or adelev@contoso.com' },
        buttons: [
          { title: 'Provision now', verb: Verb.provisionNamed, data: { configurationId: config.servicePrincipalId } },
        ],
      });
    },
});
