import type { AdaptiveCard } from '../../cards/render';
import type { WorkSpec } from '../work/background';
import type { CommandDeclaration, OperationTurn } from './operation';

/**
 * A registered command: its gate (role, then parameters), its handler and what its card's Run again replays. The
 * gate runs inside the turn; the handler after the answer, whoever asked (typed, confirmed on a card, run again).
 */
export interface CommandRoute {
  command: CommandDeclaration;
  check(turn: OperationTurn, params: unknown): Record<string, unknown>;
  run(turn: OperationTurn, params: Record<string, unknown>): Promise<void>;
  spec(params: Record<string, unknown>): WorkSpec;
}

/** A registered card button: its gate (role, then data), its handler and what Run again replays. */
export interface ButtonRoute {
  check(turn: OperationTurn, data: unknown): Record<string, unknown>;
  run(turn: OperationTurn, data: Record<string, unknown>): Promise<AdaptiveCard | string>;
  spec(data: Record<string, unknown>): WorkSpec;
}

export interface Routes {
  commands: Map<string, CommandRoute>;
  buttons: Map<string, ButtonRoute>;
}
