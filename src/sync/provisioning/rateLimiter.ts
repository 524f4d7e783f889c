import { setTimeout as delay } from 'node:timers/promises';

/**
 * A client-side limit of N calls per sliding window per key (provisionOnDemand allows 5 requests
 * per 10 seconds per job). Calls over the limit wait their turn in order instead of drawing a 429.
 */
export interface RateLimiter {
  /** Runs `task` as soon as the key's window allows; `onWait` hears how long it will wait first. */
  run<T>(key: string, task: () => Promise<T>, onWait?: (ms: number) => void): Promise<T>;
  /** Pushes the key's next slot back (Graph answered 429 with Retry-After anyway). */
  holdOff(key: string, ms: number): void;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Slot {
  /** When the call started, then when its answer came: the service counted it somewhere in between. */
  at: number;
}

interface Lane {
  /** The calls of the current window, oldest first. */
  slots: Slot[];
  /** Nothing starts before this time (a Retry-After). */
  notBefore: number;
  /** The tail of the queue: each caller waits for the one before it to take its slot. */
  tail: Promise<void>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const lanes = new Map<string, Lane>();
  const lane = (key: string): Lane => {
    let found = lanes.get(key);
    if (!found) lanes.set(key, (found = { slots: [], notBefore: 0, tail: Promise.resolve() }));
    return found;
  };

  /** How long until a slot is free, or the slot taken when one is free now. */
  const take = (l: Lane): number | Slot => {
    const t = now();
    l.slots = l.slots.filter((s) => s.at > t - options.windowMs).sort((a, b) => a.at - b.at);
    const windowWait = l.slots.length < options.limit ? 0 : l.slots[0].at + options.windowMs - t;
    const wait = Math.max(windowWait, l.notBefore - t, 0);
    if (wait > 0) return wait;
    const slot = { at: t };
    l.slots.push(slot);
    return slot;
  };

  return {
    async run(key, task, onWait) {
      const l = lane(key);
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const before = l.tail;
      l.tail = before.then(() => mine);
      await before;
      let slot: Slot;
      try {
        for (let taken = take(l); ; taken = take(l)) {
          if (typeof taken !== 'number') {
            slot = taken;
            break;
          }
          onWait?.(taken);
          await sleep(taken);
        }
      } finally {
        release();
      }
      try {
        return await task();
      } finally {
        // The window runs from the answer: the service counts a call when it arrives, later than it left here.
        slot.at = now();
      }
    },
    holdOff(key, ms) {
      const l = lane(key);
      l.notBefore = Math.max(l.notBefore, now() + ms);
    },
  };
}
