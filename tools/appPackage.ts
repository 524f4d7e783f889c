import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { loadToolkitEnvironment } from './toolkitEnvironment';
import { colorIconProblems, outlineIconProblems } from './iconRules';
import { validateTeamsManifest } from './manifestSchema';
import { placeholdersIn, resolvePlaceholders } from './placeholders';

/** A fixed entry date, so the same inputs always give the same zip. */
const ZIP_DATE = new Date(2000, 0, 1);

export interface PackageOptions {
  /** Project root holding appPackage/ and env/. */
  root: string;
  /** Agents Toolkit environment name: reads env/.env.<env> and env/.env.<env>.user. */
  env: string;
  /** Values given on the command line; they win over the environment files. */
  overrides?: Record<string, string>;
  /** Where the zip goes; appPackage/build by default, as the Toolkit does. */
  outDir?: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifestPath: string;
  manifest: Record<string, unknown>;
}

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`The app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

/**
 * Builds appPackage.<env>.zip: the manifest with every ${{NAME}} resolved, and the two icons.
 * Refuses (PackageError) when a placeholder has no value, the manifest breaks its schema, or an
 * icon breaks the Teams rules, so a bad package never reaches Teams.
 */
export async function buildAppPackage(options: PackageOptions): Promise<BuiltPackage> {
  const appDir = path.join(options.root, 'appPackage');
  const { values, files } = loadToolkitEnvironment(options.root, options.env);
  const template = fs.readFileSync(path.join(appDir, 'manifest.json'), 'utf8');
  const given = { ...values, ...options.overrides };
  const resolved = resolvePlaceholders(template, given, { json: true });
  const where = files.map((f) => path.relative(options.root, f)).join(' or ');
  if (resolved.missing.length > 0) {
    throw new PackageError(
      resolved.missing.map((name) => `${name} has no value: set it in ${where}, or pass --set ${name}=...`),
    );
  }
  const manifest = JSON.parse(resolved.text) as Record<string, unknown>;
  // Without SSO_CLIENT_ID the bot writes as itself (GRAPH_WRITES=app) and has no single sign-on to declare.
  const sso = manifest.webApplicationInfo as { id?: string } | undefined;
  if (sso && !sso.id) delete manifest.webApplicationInfo;
  const text = sso && !sso.id ? `${JSON.stringify(manifest, null, 2)}\n` : resolved.text;
  const icons = manifest.icons as { color: string; outline: string };
  const color = fs.readFileSync(path.join(appDir, icons.color));
  const outline = fs.readFileSync(path.join(appDir, icons.outline));
  const problems = [
    ...(await validateTeamsManifest(manifest)).map((e) => `manifest.json${e.startsWith('/') ? '' : ' '}${e}`),
    ...colorIconProblems(color),
    ...outlineIconProblems(outline),
  ];
  if (problems.length > 0) {
    // Ids that provisioning fills in are empty in a fresh checkout; say so rather than leave only "must match pattern".
    const empty = placeholdersIn(template).filter((name) => given[name] === '');
    if (empty.length > 0)
      problems.push(
        `empty in ${where}: ${empty.join(', ')} (provisioning fills the generated ones; or pass --set NAME=value)`,
      );
    throw new PackageError(problems);
  }

  const outDir = options.outDir ?? path.join(appDir, 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const manifestPath = path.join(outDir, `manifest.${options.env}.json`);
  const zipPath = path.join(outDir, `appPackage.${options.env}.zip`);
  fs.writeFileSync(manifestPath, text);
  const entries = { 'manifest.json': strToU8(text), [icons.color]: color, [icons.outline]: outline };
  fs.writeFileSync(zipPath, zipSync(entries, { level: 9, mtime: ZIP_DATE }));
  return { zipPath, manifestPath, manifest };
}
