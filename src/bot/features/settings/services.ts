import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { SettingsService } from '../../../sync/settings';
import type { ChangeRequestServices } from '../../shared/changeRequests/services';

/** What the settings operations need. */
export interface SettingsServices {
  catalog: ConfigurationCatalog;
  verbs: ReadonlySet<string>;
  /** Scope mode, deletion threshold, notifications and the mappings that matter; direct changes. */
  settings: SettingsService;
  /** Mapping changes, removal and risky settings go through approvals; undefined when approvals are not running. */
  changeRequests?: ChangeRequestServices;
  /** "Change it" is refused after this many hours. */
  confirmationTtlHours: number;
}
