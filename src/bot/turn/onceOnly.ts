import { ActivityTypes, type TurnContext } from 'botbuilder';
import { ErrorCode, isCoded } from '../../errors';
import type { Logger } from '../../logging';
import { type DurableStorage, readItem } from '../../storage';
import { conversationKey } from './context';
import { turnLogger } from './logger';
import type { TurnRunner } from './serialTurns';

const PREFIX = 'deliveries/';
/** Teams redelivers within minutes of a slow answer; the record is kept an hour. */
export const DELIVERY_TTL_MS = 60 * 60 * 1000;

/** Deliveries one instance remembers at most. */
const MEMORY_LIMIT = 100_000;

interface Delivery {
  expiresAt: string;
}

/**
 * Each activity runs once, however often it is delivered: Bot Service sends a message again when the bot was slow
 * to answer, and the redelivery may reach another instance. The first delivery creates a record (create-if-absent on
 * the shared storage) keyed by the conversation and the activity id; a later one finds it and is answered without
 * running. A turn that fails gives its record back, so a genuine retry still runs. Records expire after `ttlMs`.
 */
export function onceOnly(
  bot: TurnRunner,
  storage: DurableStorage | undefined,
  logger: Logger,
  options: { ttlMs?: number; now?: () => number } = {},
): TurnRunner {
  const ttlMs = options.ttlMs ?? DELIVERY_TTL_MS;
  const now = options.now ?? Date.now;
  const seen = storage ?? memoryDeliveries();
  return {
    async run(context) {
      const id = context.activity.id;
      if (!id) return bot.run(context);
      const key = `${PREFIX}${conversationKey(context)}/${id}`;
      if (!(await firstDelivery(seen, key, now, ttlMs))) {
        turnLogger(context, logger).warn({ activityId: id }, 'activity delivered again: not run a second time');
        if (context.activity.type === ActivityTypes.Invoke) await answerRedelivery(context);
        return true;
      }
      try {
        return await bot.run(context);
      } catch (error) {
        await seen.delete([key]).catch(() => undefined);
        throw error;
      }
    },
  };
}

type Deliveries = Pick<DurableStorage, 'createIfAbsent' | 'read' | 'write' | 'delete'>;

/**
 * One instance (SQLite) keeps its deliveries in memory: no other instance can receive them, and a write per turn on
 * the embedded store costs more than the rest of a quick turn. Expired entries go as new ones come.
 */
function memoryDeliveries(): Deliveries {
  const kept = new Map<string, Delivery>();
  const sweep = () => {
    const now = Date.now();
    for (const [key, item] of kept) {
      if (Date.parse(item.expiresAt) > now) break;
      kept.delete(key);
    }
  };
  return {
    async createIfAbsent(key, value) {
      sweep();
      if (kept.has(key)) return false;
      kept.set(key, value as Delivery);
      // Bounded: past this many in the last hour, the oldest are forgotten first.
      if (kept.size > MEMORY_LIMIT) kept.delete(kept.keys().next().value as string);
      return true;
    },
    async read(keys) {
      return Object.fromEntries(keys.filter((k) => kept.has(k)).map((k) => [k, { ...kept.get(k), eTag: '*' }]));
    },
    async write(changes) {
      for (const [key, value] of Object.entries(changes)) {
        kept.delete(key);
        kept.set(key, value as Delivery);
      }
    },
    async delete(keys) {
      for (const key of keys) kept.delete(key);
    },
  };
}

async function firstDelivery(storage: Deliveries, key: string, now: () => number, ttlMs: number) {
  const expiresAt = new Date(now() + ttlMs).toISOString();
  if (await storage.createIfAbsent(key, { expiresAt })) return true;
  const seen = await readItem<Delivery>(storage, key);
  if (!seen || Date.parse(seen.expiresAt) > now()) return false;
  // An expired record: whoever replaces it first (compare-and-set) runs the activity.
  try {
    await storage.write({ [key]: { expiresAt, eTag: seen.eTag } });
    return true;
  } catch (error) {
    if (isCoded(error, ErrorCode.StorageConflict)) return false;
    throw error;
  }
}

/** A click delivered again: its first delivery has the work in hand and updates the card. */
async function answerRedelivery(context: TurnContext): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Already on it: this card shows the result when it is ready.',
      },
    },
  });
}

/** Deletes expired delivery records (they are only read on a redelivery, so nothing else removes them). */
export async function purgeExpiredDeliveries(storage: DurableStorage, now = Date.now()): Promise<number> {
  const keys = await storage.listKeys(PREFIX);
  let purged = 0;
  for (let i = 0; i < keys.length; i += 100) {
    const items = await storage.read(keys.slice(i, i + 100));
    const expired = Object.entries(items)
      .filter(([, item]) => Date.parse((item as Delivery).expiresAt) <= now)
      .map(([key]) => key);
    if (expired.length) await storage.delete(expired);
    purged += expired.length;
  }
  return purged;
}
