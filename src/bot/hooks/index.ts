import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../../logging';
import { actorHook, type RoleSource } from '../access';
import type { ChannelPolicy } from '../turn/teamsChannel';
import { channelGuardHook } from './channelGuard';
import { tenantGuardHook } from './tenantGuard';
import { turnLoggerHook } from './turnLogger';

/** beforeTurn hooks, in order (registered one by one: app.turn([...]) registers both events as beforeTurn). */
export function registerHooks(
  app: Application<TurnState>,
  logger: Logger,
  options: { homeTenantId?: string; roles: RoleSource; channel?: ChannelPolicy },
): void {
  app.turn('beforeTurn', turnLoggerHook(logger));
  // Before anything answers or looks anyone up: only Teams activities go further.
  app.turn('beforeTurn', channelGuardHook(options.channel ?? { allowLoopback: false }, logger));
  app.turn('beforeTurn', tenantGuardHook(options.homeTenantId, logger));
  // After the tenant guard: no Graph lookup for another tenant's users.
  app.turn('beforeTurn', actorHook(options.roles, logger));
}
