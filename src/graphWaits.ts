import { AsyncLocalStorage } from 'node:async_hooks';

/** Something a person's request waits for before Graph is asked (shown on their card). */
export interface GraphWait {
  /** What is waited for, worded for the card. */
  reason: string;
  /** How long, at most, from now. */
  seconds: number;
}

export type GraphWaitListener = (wait: GraphWait) => void;

/**
 * Who is waiting, carried through async calls so the Graph gateway can tell the person's card without every service
 * passing a callback: the chat layer runs a turn's work inside withGraphWaitListener, the gateway calls
 * tellGraphWait. The alert monitor runs as background work, which yields to people.
 */
interface WaitScope {
  listener?: GraphWaitListener;
  background?: boolean;
}

const scope = new AsyncLocalStorage<WaitScope>();

export function withGraphWaitListener<T>(listener: GraphWaitListener, work: () => Promise<T>): Promise<T> {
  return scope.run({ ...scope.getStore(), listener }, work);
}

/** Work no person waits for (the alert monitor): its Graph reads queue behind people's. */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return scope.run({ ...scope.getStore(), background: true }, work);
}

export function isBackgroundWork(): boolean {
  return scope.getStore()?.background === true;
}

export function tellGraphWait(wait: GraphWait): void {
  scope.getStore()?.listener?.(wait);
}
