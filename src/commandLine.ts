import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the program does not accept; the message names the options it does. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The `options` of a parseArgs config; declare them with `satisfies CommandLineOptions` to keep their types. */
export type CommandLineOptions = NonNullable<ParseArgsConfig['options']>;

/** The --help option every entry point takes; parseCommandLine answers it. */
export const HELP = { help: { type: 'boolean', short: 'h' } } satisfies CommandLineOptions;

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * node:util parseArgs (strict), plus the two things it leaves to each program, kept once for every entry point
 * (src/index.ts, tools/, bench/):
 * `--help` prints the usage and exits 0, and a bad command line is refused naming the options there are.
 */
export function parseCommandLine<T extends ParseArgsConfig>(usage: string, config: T): Parsed<T> {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(`${(error as Error).message}\nThe options are ${optionList(config)}.`);
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}

/** For entry points: a usage error is printed with a pointer to --help and ends the process with exit code 2. */
export function commandLineOrExit<T extends ParseArgsConfig>(usage: string, config: T): Parsed<T> {
  try {
    return parseCommandLine(usage, config);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n(--help prints the usage)\n`);
    process.exit(2);
  }
}

function optionList(config: ParseArgsConfig): string {
  return Object.entries(config.options ?? {})
    .map(([name, option]) => `--${name}${option.type === 'string' ? ' <value>' : ''}`)
    .join(', ');
}
