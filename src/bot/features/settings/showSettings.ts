import { z } from 'zod';
import { renderSettingsCard } from '../../../cards/settingsCard';
import { defineOperation } from '../../operations/operation';
import { oneConfiguration } from '../../shared/oneConfiguration';
import { sendCard } from '../../turn/reply';
import type { SettingsServices } from './services';

/** "settings Contoso A": scope, deletion threshold, notifications and the mappings that matter. */
export const showSettings = defineOperation<SettingsServices>()({
  name: 'showSettings',
  title: 'Show the settings of a configuration',
  role: 'reader',
  command: {
    description:
      'Shows scope mode (assigned only or all users), the accidental deletion threshold and whether it is on, ' +
      'failure notifications and their e-mail, and the userType, showInAddressList and displayName mappings ' +
      'with when they apply.',
    parameters: z.object({
      configuration: z
        .string({ required_error: 'say which configuration, e.g. "settings Contoso A"' })
        .trim()
        .min(1, 'say which configuration, e.g. "settings Contoso A"')
        .max(200),
    }),
    examples: ['settings Contoso A', 'show settings of Contoso B'],
    patterns: [
      new RegExp(
        '^(?:show |get |list )?(?:the )?(?:provisioning )?settings (?:of |for |on |in )?(?:configuration )?' +
          '(?<configuration>.+)$',
        'i',
      ),
    ],
    run:
      ({ catalog, settings }) =>
      async ({ context }, { configuration }) => {
        const config = await oneConfiguration(catalog, configuration);
        await sendCard(context, renderSettingsCard(await settings.view(config)));
      },
  },
});
