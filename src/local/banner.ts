/** What local mode started, for its banner. */
export interface LocalAddresses {
  playgroundUrl: string;
  botUrl: string;
  graphBaseUrl: string;
  /** The simulator's latency profile (SIMULATOR_LATENCY). */
  latency: 'off' | 'short' | 'realistic';
  dataDir: string;
  tenants: { source: string; targets: string[] };
}

/** What each latency profile means for the person trying the bot, and how to choose another. */
const LATENCY_LINES = {
  short: "short: Graph's waits divided by 10 (SIMULATOR_LATENCY=realistic for Graph's own)",
  realistic: 'realistic: as slow as Graph, provisionOnDemand 5-30 s (SIMULATOR_LATENCY=short is quicker)',
  off: 'off: Graph answers at once (SIMULATOR_LATENCY=short or realistic shows the waits)',
} as const;

/** Three things to type first: what is there, one in detail, and everything else. */
export const FIRST_COMMANDS = ['list configurations', 'show configuration Contoso A', 'help'] as const;

/**
 * The banner local mode prints once everything answers: what runs where, where to click and what to
 * type. At most 15 lines, so it stays on a terminal's screen while the first turns are logged below it
 * (test/local/firstRun.test.ts records a start to keep it so).
 */
export function localBanner(at: LocalAddresses): string[] {
  return [
    '',
    'Local mode: everything runs on this machine, on 127.0.0.1; no Azure or Microsoft 365 account is used.',
    `  Agents Playground  ${at.playgroundUrl}   <- open this in a browser`,
    `  Bot                ${at.botUrl}/api/messages`,
    `  Tenant simulator   ${at.graphBaseUrl} (${at.tenants.source} and ${at.tenants.targets.length} target tenants)`,
    `  Graph latency      ${LATENCY_LINES[at.latency]}`,
    `  Data               ${at.dataDir}`,
    '',
    'Type in the Playground:',
    ...FIRST_COMMANDS.map((command) => `  ${command}`),
    '',
    'One line per message follows (LOG_LEVEL=debug shows every Graph call). Ctrl-C stops all three.',
    '',
  ];
}
