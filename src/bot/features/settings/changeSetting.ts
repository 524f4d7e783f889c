import { z } from 'zod';
import { renderSettingChangeCard } from '../../../cards/settingsCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import { CodedError, ErrorCode } from '../../../errors';
import { changedSettings, describeDirectChange } from '../../../sync/settings';
import { settingApprovals } from '../../../approvals/policy';
import { defineOperation } from '../../operations/operation';
import { draftCard } from '../../shared/changeRequests/previewChange';
import { issuedNow } from '../../turn/confirmation';
import { oneConfiguration } from '../../shared/oneConfiguration';
import { sendCard } from '../../turn/reply';
import type { SettingsServices } from './services';
import { settingData, settingInput } from './settingInput';

const ON = /(?:on|of|for|in)/.source;
const THRESHOLD = /(?<setting>deletion threshold|accidental deletion prevention|deletion prevention)/.source;
const EMAIL = /(?<setting>notification e-?mail|notification recipient)/.source;

/** "set deletion threshold on Contoso A to 50": before and after on one card, with "Change it". */
export const changeSetting = defineOperation<SettingsServices>()({
  name: 'changeSetting',
  title: 'Change a provisioning setting',
  role: 'operator',
  command: {
    description:
      'Changes the accidental deletion threshold (and turns prevention on or off), failure notifications on or ' +
      'off, or the notification e-mail of a configuration; every other setting is kept. A change that makes the ' +
      'configuration safer is confirmed on a card; a risky one (prevention off, a higher threshold, failure e-mail ' +
      'redirected or off) becomes an approval request.',
    parameters: z.object({
      configuration: z
        .string({ required_error: 'say which configuration' })
        .trim()
        .min(1, 'say which configuration')
        .max(200),
      setting: z
        .string()
        .trim()
        .max(60)
        .describe('deletion threshold | deletion prevention | notifications | notification email'),
      value: z
        .string()
        .trim()
        .min(1, 'say the new value')
        .max(254)
        .describe('A number for the threshold, on/off, or an e-mail address'),
    }),
    examples: [
      'set deletion threshold on Contoso A to 50',
      'turn off notifications for Contoso A',
      'set notification email on Contoso A to sync-alerts@contoso.com',
    ],
    patterns: [
      new RegExp(
        '^(?:set|change) (?:the )?(?:accidental )?(?<setting>deletion threshold|delete threshold) ' +
          `${ON} (?<configuration>.+?) to (?<value>\\d+)$`,
        'i',
      ),
      new RegExp(`^turn (?<value>on|off) (?:the )?${THRESHOLD} ${ON} (?<configuration>.+)$`, 'i'),
      new RegExp(
        `^turn (?<value>on|off) (?:the )?(?:failure |e-?mail )?(?<setting>notifications?) ${ON} (?<configuration>.+)$`,
        'i',
      ),
      new RegExp(`^(?:set|change) (?:the )?${EMAIL} ${ON} (?<configuration>.+?) to (?<value>\\S+)$`, 'i'),
    ],
    run:
      (services) =>
      async ({ context }, params) => {
        const parsed = settingInput.safeParse(params);
        if (!parsed.success) throw invalid(parsed.error);
        const change = parsed.data;
        const config = await oneConfiguration(services.catalog, params.configuration);
        const before = await services.settings.current(config);
        // The approval policy decides (approvals/policy.ts): a risky change is previewed as a request, not confirmed.
        if (settingApprovals(before, change) > 0) {
          const card = await draftCard(context, services.changeRequests, config, {
            kind: 'setSetting',
            setting: change,
            before,
          });
          await sendCard(context, card);
          return;
        }
        const after = changedSettings(before, change);
        const buttons = services.verbs.has(SetupVerb.changeSetting)
          ? [
              {
                title: 'Change it',
                verb: SetupVerb.changeSetting,
                data: { configurationId: config.servicePrincipalId, ...settingData(change), ...issuedNow() },
              },
            ]
          : [];
        await sendCard(
          context,
          renderSettingChangeCard({
            name: config.displayName,
            what: describeDirectChange(change),
            before,
            after,
            state: 'confirm',
            buttons,
          }),
        );
      },
  },
});

function invalid(error: z.ZodError): CodedError {
  return new CodedError(
    ErrorCode.InvalidInput,
    `Change a provisioning setting: ${error.issues.map((i) => i.message).join('; ')}.`,
    { issues: error.issues.map((i) => i.message) },
  );
}
