import { ErrorCode } from '../../errors';

/** What features built on the sync operations answer when the bot was started without them. */
export const WITHOUT_GRAPH = {
  code: ErrorCode.BotMisconfigured,
  message: 'Provisioning, jobs and logs are not available: this bot was started without its Microsoft Graph services.',
} as const;
