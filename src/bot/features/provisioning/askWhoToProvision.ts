import { z } from 'zod';
import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import type { ProvisioningServices } from './services';

/** "Provision a user" on a configuration card: asks who, with a text box ("Provision now" is provisionUsers). */
export const askWhoToProvision = defineOperation<ProvisioningServices>()({
  name: 'askWhoToProvision',
  title: 'Provisioning a user',
  role: 'operator',
  button: {
    verb: Verb.provision,
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (_turn, { configurationId }) => {
        const config = await configurationOfButton(services, configurationId);
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
  },
});
