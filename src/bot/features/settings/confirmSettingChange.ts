import { z } from 'zod';
import { renderSettingChangeCard } from '../../../cards/settingsCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import { CodedError, ErrorCode } from '../../../errors';
import { describeDirectChange } from '../../../sync/settings';
import { defineOperation } from '../../operations/operation';
import { configurationById } from '../../shared/findConfiguration';
import type { SettingsServices } from './services';
import { settingInput } from './settingInput';

/** "Change it" on a setting confirmation: the configuration is looked up by id and the change parsed again. */
export const confirmSettingChange = defineOperation<SettingsServices>()({
  name: 'confirmSettingChange',
  title: 'Confirm a setting change',
  role: 'operator',
  button: {
    verb: SetupVerb.changeSetting,
    title: 'Changing a provisioning setting',
    data: z.object({ configurationId: z.string().uuid(), setting: z.string().max(60), value: z.string().max(254) }),
    run:
      (services) =>
      async ({ log }, data) => {
        const parsed = settingInput.safeParse(data);
        if (!parsed.success)
          throw new CodedError(
            ErrorCode.InvalidInput,
            'That button sent a setting I cannot use. Ask again in a new message.',
            { issues: parsed.error.issues.map((i) => i.message) },
          );
        const config = await configurationById(services.catalog, data.configurationId);
        const result = await services.settings.change(config, parsed.data);
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
