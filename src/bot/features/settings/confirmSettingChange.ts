import { z } from 'zod';
import { renderSettingChangeCard } from '../../../cards/settingsCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import { CodedError, ErrorCode } from '../../../errors';
import { describeDirectChange } from '../../../sync/settings';
import { settingApprovals } from '../../../approvals/policy';
import { defineOperation } from '../../operations/operation';
import { draftCard } from '../../shared/changeRequests/previewChange';
import { checkConfirmationAge, issuedAt } from '../../turn/confirmation';
import { configurationById } from '../../shared/findConfiguration';
import type { SettingsServices } from './services';
import { settingInput } from './settingInput';

/**
 * "Change it" on a setting confirmation: refused once the card is older than the TTL; the configuration is looked up
 * by id, the change parsed again and measured against the settings now, so a forged or outdated click cannot make a
 * risky change directly (it gets the approval preview instead).
 */
export const confirmSettingChange = defineOperation<SettingsServices>()({
  name: 'confirmSettingChange',
  title: 'Confirm a setting change',
  role: 'operator',
  button: {
    verb: SetupVerb.changeSetting,
    title: 'Changing a provisioning setting',
    data: z.object({
      configurationId: z.string().uuid(),
      setting: z.string().max(60),
      value: z.string().max(254),
      issuedAt,
    }),
    run:
      (services) =>
      async ({ context, log, actingUser }, data) => {
        checkConfirmationAge(data.issuedAt, services.confirmationTtlHours);
        const parsed = settingInput.safeParse(data);
        if (!parsed.success)
          throw new CodedError(
            ErrorCode.InvalidInput,
            'That button sent a setting I cannot use. Ask again in a new message.',
            { issues: parsed.error.issues.map((i) => i.message) },
          );
        const config = await configurationById(services.catalog, data.configurationId);
        const before = await services.settings.current(config);
        if (settingApprovals(before, parsed.data) > 0) {
          log.info({ configuration: config.servicePrincipalId, change: parsed.data.kind }, 'risky setting: approval');
          return draftCard(context, services.changeRequests, config, {
            kind: 'setSetting',
            setting: parsed.data,
            before,
          });
        }
        const result = await services.settings.change(config, parsed.data, actingUser);
        log.info(
          { configuration: config.servicePrincipalId, change: parsed.data.kind, changed: result.changed },
          'setting changed',
        );
        return renderSettingChangeCard({
          name: config.displayName,
          what: describeDirectChange(parsed.data),
          before: result.before,
          after: result.after,
          state: result.changed ? 'applied' : 'unchanged',
          buttons: [],
        });
      },
  },
});
