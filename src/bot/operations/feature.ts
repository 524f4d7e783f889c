import type { Application, TurnState } from '@microsoft/teams-ai';
import type { ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import type { BotServices } from './botServices';
import type { Operation } from './operation';

/**
 * A capability of the bot (configurations, provisioning, approvals…): its operations, the services they need,
 * and any other activity it answers. A feature whose services the bot was not given is still declared (help and
 * the planners know its commands) but answers that it is not available, instead of failing inside a handler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Feature<S = any> {
  name: string;
  /** In planner order: the first matching pattern wins. */
  operations: readonly Operation<S>[];
  /** The feature's services out of what the composition root gave the bot; undefined when they do not exist. */
  services(bot: BotServices): S | undefined;
  /** What a person is told when the services do not exist. */
  unavailable: { code: ErrorCode; message: string };
  /** Activities other than commands and buttons (conversation updates), registered with the services. */
  routes?(app: Application<TurnState>, services: S, logger: Logger): void;
}

export function defineFeature<S>(feature: Feature<S>): Feature<S> {
  return feature;
}
