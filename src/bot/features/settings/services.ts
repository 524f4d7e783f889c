import type { SyncConfiguration, SyncSettings } from '../../../domain';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { DirectChange, SettingsView } from '../../../sync/settings';
import type { ChangeRequestServices } from '../../shared/changeRequests/services';

/** What the settings operations need. */
export interface SettingsServices {
  catalog: ConfigurationCatalog;
  verbs: ReadonlySet<string>;
  /** Scope mode, deletion threshold, notifications and the mappings that matter, read from Graph. */
  readSettings(config: SyncConfiguration): Promise<SettingsView>;
  /** The settings as they are now (straight from the Graph gateway's getSettings until sync has a method). */
  currentSettings(servicePrincipalId: string): Promise<SyncSettings>;
  /** Applies one direct change, keeping every other setting. */
  applyDirectChange(
    servicePrincipalId: string,
    change: DirectChange,
  ): Promise<{ before: SyncSettings; after: SyncSettings; changed: boolean }>;
  /** Mapping changes and removal go through approvals; undefined when approvals are not running. */
  changeRequests?: ChangeRequestServices;
}
