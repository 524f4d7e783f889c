import path from 'node:path';
import { buildAppPackage, PackageError } from './appPackage';

/**
 * npm run package -- [--env dev] [--set NAME=value ...] [--root .] [--out dir]
 * Builds appPackage/build/appPackage.<env>.zip for upload to Teams (Teams admin center or
 * "Upload a custom app"). Values come from env/.env.<env> (+ .user), then from --set.
 */
export interface PackageArguments {
  env: string;
  root: string;
  outDir?: string;
  overrides: Record<string, string>;
}

export function parseArguments(argv: string[], cwd: string): PackageArguments {
  const args: PackageArguments = { env: 'dev', root: cwd, overrides: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--env', '--set', '--root', '--out'].includes(flag))
      throw new Error(`unknown option ${flag} (use --env, --set, --root, --out)`);
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i++;
    if (flag === '--env') args.env = value;
    else if (flag === '--root') args.root = path.resolve(cwd, value);
    else if (flag === '--out') args.outDir = path.resolve(cwd, value);
    else {
      const eq = value.indexOf('=');
      if (eq <= 0) throw new Error(`--set takes NAME=value (got ${value})`);
      args.overrides[value.slice(0, eq)] = value.slice(eq + 1);
    }
  }
  return args;
}

async function main(): Promise<number> {
  try {
    const args = parseArguments(process.argv.slice(2), process.cwd());
    const built = await buildAppPackage(args);
    console.log(
      `Built ${path.relative(process.cwd(), built.zipPath)} (manifest ${String(built.manifest.version)}, app id ${String(built.manifest.id)})`,
    );
    return 0;
  } catch (error) {
    console.error(
      error instanceof PackageError ? error.message : `The app package was not built: ${(error as Error).message}`,
    );
    return 1;
  }
}

if (require.main === module) void main().then((code) => process.exit(code));
