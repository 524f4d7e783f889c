import type { ActingUser, SyncConfiguration, SyncSettings } from '../../domain';
import { applyDirectChange, DirectChange, DirectChangeGateway } from './directChange';
import { readSettings, SettingsGateway, SettingsView } from './view';

export type SettingsServiceGateway = SettingsGateway & DirectChangeGateway;

/** A configuration's settings for "show settings" and the changes that need no approval (operator role, confirmed). */
export interface SettingsService {
  /** The settings and the user mappings that matter, for the settings card. */
  view(config: SyncConfiguration): Promise<SettingsView>;
  /** The settings as Graph holds them now (the "before" of a confirmation). */
  current(config: SyncConfiguration): Promise<SyncSettings>;
  /** Makes a direct change unless it is in effect already; the other settings and secrets are kept. */
  change(
    config: SyncConfiguration,
    change: DirectChange,
    /** Whose token the change is made with (GRAPH_WRITES=user). */
    by?: ActingUser,
  ): Promise<{ before: SyncSettings; after: SyncSettings; changed: boolean }>;
}

/** `writes`: the gateway a change is made through for its person (src/graph/writesFor.ts); the app's by default. */
export function createSettingsService(
  gateway: SettingsServiceGateway,
  writes: (by: ActingUser | undefined) => DirectChangeGateway = () => gateway,
): SettingsService {
  return {
    view: (config) => readSettings(gateway, config),
    current: (config) => gateway.getSettings(config.servicePrincipalId),
    change: (config, change, by) => applyDirectChange(writes(by), config.servicePrincipalId, change),
  };
}
