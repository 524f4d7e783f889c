import type { BotIdentity, GraphSettings } from './configTypes';

const LOOPBACK_URL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Without BOT_ID nothing checks a Bot Framework token, so anything that can reach the port can act as any user.
 * That is acceptable against the local tenant simulator only: real Graph credentials need a bot identity.
 */
export function unguardedBotProblems(bot: BotIdentity | undefined, graph: GraphSettings | undefined): string[] {
  if (bot || !graph) return [];
  const foreign = [graph.baseUrl, graph.authorityHost].filter((url) => !LOOPBACK_URL.test(url));
  if (foreign.length === 0) return [];
  return [
    `BOT_ID: required when Graph is not the local simulator (${foreign.join(', ')}); without it no request to ` +
      `/api/messages is authenticated (find it in the Microsoft App ID of the Azure Bot resource, Configuration blade)`,
  ];
}
