import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { CodedError, ErrorCode } from '../../errors';

/** Who sent this activity, as the channel says (roles are established separately, from Entra). */
export interface ChannelActor {
  /** The channel's id for the user (Teams: 29:...). */
  id: string;
  /** The Entra object id, when the channel knows it. */
  aadObjectId?: string;
  name?: string;
  tenantId?: string;
}

export function tenantOf(ctx: TurnContext): string | undefined {
  const a = ctx.activity;
  const fromChannelData = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannelData === 'string' && fromChannelData) return fromChannelData;
  return a.conversation?.tenantId || undefined;
}

export function actorOf(ctx: TurnContext): ChannelActor {
  const from = ctx.activity.from ?? { id: '' };
  return {
    id: from.id,
    aadObjectId: from.aadObjectId || undefined,
    name: from.name || undefined,
    tenantId: tenantOf(ctx),
  };
}

/** A stable key for the conversation (a channel thread is its own conversation). */
export function conversationKey(ctx: TurnContext): string {
  const a = ctx.activity;
  return `${a.channelId}/${tenantOf(ctx) ?? '-'}/${a.conversation?.id ?? '-'}`;
}

export function isCardAction(ctx: TurnContext): boolean {
  return ctx.activity.type === 'invoke' && ctx.activity.name === 'adaptiveCard/action';
}

/** The data the clicked button sent, unchecked: for a gate that checks the role before the data. */
export function buttonPayload(ctx: TurnContext): unknown {
  return (ctx.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
}

/**
 * The data of the card button that was clicked, checked against `schema`.
 * Card payloads are untrusted input: they are parsed, never believed.
 */
export function cardData<S extends z.ZodTypeAny>(ctx: TurnContext, schema: S): z.infer<S> {
  const value = ctx.activity.value as { action?: { data?: unknown } } | undefined;
  const parsed = schema.safeParse(value?.action?.data ?? {});
  if (!parsed.success) {
    throw new CodedError(
      ErrorCode.InvalidInput,
      'That button sent data I cannot use. Ask again in a new message to get a fresh card.',
      {
        issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`),
      },
    );
  }
  return parsed.data;
}
