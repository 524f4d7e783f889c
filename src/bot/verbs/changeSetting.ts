import { z } from 'zod';
import { CodedError, ErrorCode } from '../../errors';
import { renderSettingChangeCard } from '../../cards/settingsCard';
import { SetupVerb } from '../../cards/setupVerbs';
import { applyDirectChange, describeDirectChange } from '../../sync/settings';
import { configurationById } from '../shared/findConfiguration';
import { setupOf } from '../setup/deps';
import { settingInput } from '../setup/settingChanges';
import { turnLogger } from '../turn/logger';
import { defineVerb } from './verb';

/** "Change it" on a setting confirmation: the configuration is looked up by id and the change parsed again. */
export const changeSettingVerb = defineVerb({
  verb: SetupVerb.changeSetting,
  role: 'operator',
  title: 'Changing a provisioning setting',
  data: z.object({ configurationId: z.string().uuid(), setting: z.string().max(60), value: z.string().max(254) }),
  handler: (deps) => async (ctx, _state, data) => {
    const setup = setupOf(deps);
    const parsed = settingInput.safeParse(data);
    if (!parsed.success)
      throw new CodedError(
        ErrorCode.InvalidInput,
        'That button sent a setting I cannot use. Ask again in a new message.',
        { issues: parsed.error.issues.map((i) => i.message) },
      );
    const config = await configurationById(deps.catalog, data.configurationId);
    const result = await applyDirectChange(setup.gateway, config.servicePrincipalId, parsed.data);
    turnLogger(ctx, deps.logger).info(
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
});
