import type { KeyedMutex } from '../../storage';
import type { SettingsService } from '../../sync/settings';
import type { SetupService } from '../../sync/setup';

/** What the composition root hands the bot for guided setup and settings (two features read it). */
export interface SetupBotDeps {
  setup: SetupService;
  settings: SettingsService;
  /** One setup per target at a time in this process: a double click finds the first run's configuration. */
  runs?: KeyedMutex;
}
