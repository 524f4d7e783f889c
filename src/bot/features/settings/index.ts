import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
import { changeSetting } from './changeSetting';
import { confirmSettingChange } from './confirmSettingChange';
import { removeConfiguration } from './removeConfiguration';
import { requestMappingChange } from './requestMappingChange';
import type { SettingsServices } from './services';
import { showSettings } from './showSettings';

/**
 * The settings of a configuration: shown, changed directly after a confirmation when the change makes it safer, or
 * requested through approvals (risky settings, display name and address list mappings, removal of the configuration).
 */
export const settingsFeature = defineFeature<SettingsServices>({
  name: 'settings',
  operations: [showSettings, changeSetting, confirmSettingChange, requestMappingChange, removeConfiguration],
  services: ({ catalog, verbs, setup, approvals, confirmationTtlHours }) =>
    setup && {
      catalog,
      verbs,
      settings: setup.settings,
      changeRequests: approvals && { catalog, service: approvals.service },
      confirmationTtlHours,
    },
  unavailable: { code: ErrorCode.NotSupported, message: 'Guided setup and settings are not running in this bot.' },
});
