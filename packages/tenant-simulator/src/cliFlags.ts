import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_LATENCY, LATENCY_PROFILES, type LatencyProfile } from './latency/profiles';

/** The `tenant-simulator` command's flags (no environment variables). */
export const USAGE = `usage: tenant-simulator [--port N] [--data-dir DIR] [--users N] [--cycle-seconds N]
                        [--latency off|short|realistic] [--latency-seed N] [--init-only]
  --port           port on 127.0.0.1 (default 0 = any free port)
  --data-dir       where the CA, keys and simulator.json live (default data/simulator)
  --users          total users in the source tenant (default: the named Contoso people)
  --cycle-seconds  run sync cycles every N seconds instead of every 40 minutes
  --latency        how slow Graph calls are: realistic (default, as slow as Graph), short (ten times
                   shorter) or off (at once)
  --latency-seed   seed of the latency draws (default 14): the same seed gives the same waits
  --init-only      make the certificate authority and keys, then exit
  --help, -h       print this and exit`;

export interface Flags {
  port: number;
  dataDir: string;
  users?: number;
  cycleSeconds?: number;
  latency: LatencyProfile;
  latencySeed?: number;
  initOnly: boolean;
}

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  users: { type: 'string' },
  'cycle-seconds': { type: 'string' },
  latency: { type: 'string' },
  'latency-seed': { type: 'string' },
  'init-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const FLAG_NAMES = Object.keys(OPTIONS)
  .map((name) => `--${name}`)
  .join(', ');

/** What the command line asks for: the flags, or `help` for --help. Throws with a message for the user. */
export function parseFlags(argv: string[]): Flags | 'help' {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new Error(explain(err as Error & { code?: string }), { cause: err });
  }
  if (values.help) return 'help';
  return {
    port: wholeNumber('--port', values.port, 0) ?? 0,
    dataDir: values['data-dir'] ?? path.join('data', 'simulator'),
    users: wholeNumber('--users', values.users, 1),
    cycleSeconds: wholeNumber('--cycle-seconds', values['cycle-seconds'], 1),
    latency: profile(values.latency),
    latencySeed: wholeNumber('--latency-seed', values['latency-seed'], 0),
    initOnly: values['init-only'] ?? false,
  };
}

function explain(err: Error & { code?: string }): string {
  // parseArgs names the argument in quotes: "Unknown option '--prot'", "Unexpected argument 'x'".
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${quoted}; the flags are ${FLAG_NAMES}`;
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${quoted}; the flags are ${FLAG_NAMES}`;
  return err.message;
}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min)
    throw new Error(`${name} needs a whole number of at least ${min} (got ${JSON.stringify(value)})`);
  return n;
}

function profile(value: string | undefined): LatencyProfile {
  if (value === undefined) return DEFAULT_LATENCY;
  if (!LATENCY_PROFILES.includes(value as LatencyProfile))
    throw new Error(`--latency needs one of ${LATENCY_PROFILES.join(', ')} (got ${JSON.stringify(value)})`);
  return value as LatencyProfile;
}
