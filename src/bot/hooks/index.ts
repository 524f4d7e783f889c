import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../../logging';
import { tenantGuardHook } from './tenantGuard';
import { turnLoggerHook } from './turnLogger';

/** beforeTurn hooks, in order (registered one by one: app.turn([...]) registers both events as beforeTurn). */
export function registerHooks(app: Application<TurnState>, logger: Logger, options: { homeTenantId?: string }): void {
  app.turn('beforeTurn', turnLoggerHook(logger));
  app.turn('beforeTurn', tenantGuardHook(options.homeTenantId, logger));
}
