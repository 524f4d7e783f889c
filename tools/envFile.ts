import fs from 'node:fs';
import path from 'node:path';

/**
 * Reads Agents Toolkit environment files (env/.env.<name>, then env/.env.<name>.user for secrets)
 * the way dotenv does, so the package builder sees the same values the Toolkit would, without
 * touching process.env.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    values[match[1]] = unquote(match[2]);
  }
  return values;
}

function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'" || quote === '`') && value.lastIndexOf(quote) > 0) {
    const inner = value.slice(1, value.lastIndexOf(quote));
    return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
  }
  const comment = value.search(/\s#/); // an unquoted value ends where a comment starts
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

/** The files that make up one Toolkit environment, in the order their values apply. */
export function environmentFiles(root: string, envName: string): string[] {
  const base = path.join(root, 'env', `.env.${envName}`);
  return [base, `${base}.user`];
}

/** Values of one Toolkit environment; the .user file (secrets, gitignored) wins over the shared one. */
export function loadToolkitEnvironment(
  root: string,
  envName: string,
): { values: Record<string, string>; files: string[] } {
  if (!/^[A-Za-z0-9_-]+$/.test(envName))
    throw new Error(`environment name "${envName}" may hold only letters, digits, - and _`);
  const files = environmentFiles(root, envName).filter((f) => fs.existsSync(f));
  if (files.length === 0)
    throw new Error(
      `no environment file ${path.relative(root, environmentFiles(root, envName)[0])} (create it, or pick another with --env)`,
    );
  const values: Record<string, string> = {};
  for (const file of files) Object.assign(values, parseEnvFile(fs.readFileSync(file, 'utf8')));
  return { values, files };
}
