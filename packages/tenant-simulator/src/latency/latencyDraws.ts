import { callKind, PROFILE_TIMES, type CallKind, type LatencyProfile } from './profiles';

/**
 * The latency of each Graph call, deterministic per seed: every kind of call has its own seeded stream, so the
 * n-th provisionOnDemand takes as long on every run with the same seed, whatever else was called in between.
 */
export class LatencyDraws {
  private streams = new Map<string, () => number>();

  /** Milliseconds this call waits before it is answered under `profile`. */
  draw(profile: LatencyProfile, seed: number, method: string, template: string): number {
    const kind = callKind(method, template);
    const [min, max] = PROFILE_TIMES[profile].calls[kind];
    if (max <= 0) return 0;
    return Math.round(min + (max - min) * this.stream(profile, seed, kind)());
  }

  /** Starts every stream again (a new profile or seed). */
  reset(): void {
    this.streams.clear();
  }

  private stream(profile: LatencyProfile, seed: number, kind: CallKind): () => number {
    const key = `${profile}:${seed}:${kind}`;
    let next = this.streams.get(key);
    if (!next) {
      next = mulberry32(fnv1a(key));
      this.streams.set(key, next);
    }
    return next;
  }
}

/** 32-bit FNV-1a of a string: a stream's starting state. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a small seeded generator of numbers in [0, 1), good enough for spreading waits. */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
