import type { KeyedMutex } from '../../storage';
import type { SetupGateway, TargetGateways } from '../../sync/setup';
import type { DirectChangeGateway, SettingsGateway } from '../../sync/settings';

/** What the composition root hands the bot for setup and settings (two features read it). */
export interface SetupBotDeps {
  /** The source tenant's gateway (the bot's own Graph identity). */
  gateway: SetupGateway & SettingsGateway & DirectChangeGateway;
  /** Gateways for target tenants the bot also has credentials for (TARGET_TENANT_CREDENTIALS). */
  targets: TargetGateways;
  sourceTenantId: string;
  /** One setup per target at a time in this process: a double click finds the first run's configuration. */
  runs?: KeyedMutex;
}
