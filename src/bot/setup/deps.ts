import { CodedError, ErrorCode } from '../../errors';
import { KeyedMutex } from '../../storage';
import type { SetupGateway, TargetGateways } from '../../sync/setup';
import type { DirectChangeGateway, SettingsGateway } from '../../sync/settings';

/** What the composition root hands the bot for setup and settings. */
export interface SetupBotDeps {
  /** The source tenant's gateway (the bot's own Graph identity). */
  gateway: SetupGateway & SettingsGateway & DirectChangeGateway;
  /** Gateways for target tenants the bot also has credentials for (TARGET_TENANT_CREDENTIALS). */
  targets: TargetGateways;
  sourceTenantId: string;
  /** One setup per target at a time in this process: a double click finds the first run's configuration. */
  runs?: KeyedMutex;
}

export function setupOf(deps: { setup?: SetupBotDeps }): SetupBotDeps {
  if (!deps.setup)
    throw new CodedError(ErrorCode.NotSupported, 'Guided setup and settings are not running in this bot.');
  return deps.setup;
}

const SHARED_RUNS = new KeyedMutex();

export function setupRuns(setup: SetupBotDeps): KeyedMutex {
  return setup.runs ?? SHARED_RUNS;
}
