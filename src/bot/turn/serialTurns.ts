import type { TurnContext } from 'botbuilder';
import { ErrorCode, isCoded } from '../../errors';
import type { Logger } from '../../logging';
import { KeyedMutex } from '../../storage';
import { conversationKey } from './context';
import { turnLogger } from './logger';

/** What /api/messages runs for each activity (the Teams AI Application has this shape). */
export interface TurnRunner {
  run(context: TurnContext): Promise<boolean>;
}

/**
 * The bot's turns, one conversation at a time inside this process, so two quick messages in a
 * conversation do not race on its stored state (teams-sdk#2540). Across instances only eTags
 * protect: a turn whose state write lost (StorageConflict) is run once more from fresh state,
 * but only while it has not answered anyone, since a turn that already replied would reply
 * twice. Such a conflict goes on to onTurnError, which answers with the coded error.
 */
export function serializeTurns(bot: TurnRunner, logger: Logger, mutex = new KeyedMutex()): TurnRunner {
  return {
    run: (context) =>
      mutex.run(conversationKey(context), async () => {
        try {
          return await bot.run(context);
        } catch (error) {
          if (!isCoded(error, ErrorCode.StorageConflict) || context.responded) throw error;
          turnLogger(context, logger).warn(
            { key: error.details.key },
            'turn state changed in another instance before this turn answered; running the turn again from fresh state',
          );
          return bot.run(context);
        }
      }),
  };
}
