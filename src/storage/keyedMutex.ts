/**
 * Runs work for the same key one at a time, in arrival order, inside this process; different
 * keys run in parallel. Used to serialize the turns of one conversation, so two quick messages
 * do not race on the conversation's eTag (teams-sdk#2540). Across instances only eTags protect.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      // The last holder removes the key, so the map does not grow with every conversation ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with work running or waiting. */
  get activeKeys(): number {
    return this.tails.size;
  }
}
