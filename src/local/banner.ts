/** What local mode started, for its banner. */
export interface LocalAddresses {
  playgroundUrl: string;
  botUrl: string;
  graphBaseUrl: string;
  dataDir: string;
  tenants: { source: string; targets: string[] };
}

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
    `  Data               ${at.dataDir}`,
    '',
    'Type in the Playground:',
    ...FIRST_COMMANDS.map((command) => `  ${command}`),
    '',
    'One line per message follows (LOG_LEVEL=debug shows every Graph call). Ctrl-C stops all three.',
    '',
  ];
}
