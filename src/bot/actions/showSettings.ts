import { z } from 'zod';
import { renderSettingsCard } from '../../cards/settingsCard';
import { readSettings } from '../../sync/settings';
import { oneConfiguration } from '../approvals/findConfiguration';
import { setupOf } from '../setup/deps';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

export const showSettings = defineAction({
  name: 'showSettings',
  title: 'Show the settings of a configuration',
  description:
    'Shows scope mode (assigned only or all users), the accidental deletion threshold and whether it is on, failure notifications and their e-mail, and the userType, showInAddressList and displayName mappings with when they apply.',
  parameters: z.object({
    configuration: z
      .string({ required_error: 'say which configuration, e.g. "settings Contoso A"' })
      .trim()
      .min(1, 'say which configuration, e.g. "settings Contoso A"')
      .max(200),
  }),
  role: 'reader',
  examples: ['settings Contoso A', 'show settings of Contoso B'],
  patterns: [
    /^(?:show |get |list )?(?:the )?(?:provisioning )?settings (?:of |for |on |in )?(?:configuration )?(?<configuration>.+)$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { configuration }) => {
      const setup = setupOf(deps);
      const config = await oneConfiguration(deps.catalog, configuration);
      await sendCard(ctx, renderSettingsCard(await readSettings(setup.gateway, config)));
      return '';
    },
});
