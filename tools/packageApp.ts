import path from 'node:path';
import { buildAppPackage, PackageError } from './appPackage';
import { type CommandLineOptions, HELP, parseCommandLine, UsageError } from './commandLine';

const USAGE = `
npm run package -- [--env dev] [--set NAME=value ...] [--root .] [--out dir]
Builds appPackage/build/appPackage.<env>.zip for upload to Teams (Teams admin center or
"Upload a custom app"). Values come from env/.env.<env> (+ .user), then from --set.
  --env <name>      Agents Toolkit environment (default dev)
  --set NAME=value  a value that wins over the environment files; repeat for more
  --root <dir>      project folder holding appPackage/ and env/ (default: the current folder)
  --out <dir>       where the zip goes (default appPackage/build)
  --help            this text`;

const OPTIONS = {
  env: { type: 'string', default: 'dev' },
  set: { type: 'string', multiple: true, default: [] as string[] },
  root: { type: 'string' },
  out: { type: 'string' },
  ...HELP,
} satisfies CommandLineOptions;

export interface PackageArguments {
  env: string;
  root: string;
  outDir?: string;
  overrides: Record<string, string>;
}

/** Reads the command line; a bad one throws UsageError (and --help prints the usage and exits). */
export function parseArguments(argv: string[], cwd: string): PackageArguments {
  const { values } = parseCommandLine(USAGE, { args: argv, options: OPTIONS });
  const overrides: Record<string, string> = {};
  for (const pair of values.set) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set takes NAME=value (got ${pair})`);
    overrides[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    env: values.env,
    root: values.root === undefined ? cwd : path.resolve(cwd, values.root),
    ...(values.out === undefined ? {} : { outDir: path.resolve(cwd, values.out) }),
    overrides,
  };
}

async function main(): Promise<number> {
  try {
    const args = parseArguments(process.argv.slice(2), process.cwd());
    const built = await buildAppPackage(args);
    console.log(
      `Built ${path.relative(process.cwd(), built.zipPath)} ` +
        `(manifest ${String(built.manifest.version)}, app id ${String(built.manifest.id)})`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n(--help prints the usage)`);
      return 2;
    }
    console.error(
      error instanceof PackageError ? error.message : `The app package was not built: ${(error as Error).message}`,
    );
    return 1;
  }
}

if (require.main === module) void main().then((code) => process.exit(code));
