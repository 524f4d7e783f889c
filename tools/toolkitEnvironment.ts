import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'dotenv';

/** The files that make up one Toolkit environment, in the order their values apply. */
export function environmentFiles(root: string, envName: string): string[] {
  const base = path.join(root, 'env', `.env.${envName}`);
  return [base, `${base}.user`];
}

/**
 * Values of one Agents Toolkit environment (env/.env.<name>, then env/.env.<name>.user, whose secrets win),
 * read with dotenv as the Toolkit reads them, without touching process.env.
 */
export function loadToolkitEnvironment(
  root: string,
  envName: string,
): { values: Record<string, string>; files: string[] } {
  if (!/^[A-Za-z0-9_-]+$/.test(envName))
    throw new Error(`environment name "${envName}" may hold only letters, digits, - and _`);
  const files = environmentFiles(root, envName).filter((f) => fs.existsSync(f));
  if (files.length === 0) {
    const expected = path.relative(root, environmentFiles(root, envName)[0]);
    throw new Error(`no environment file ${expected} (create it, or pick another with --env)`);
  }
  const values: Record<string, string> = {};
  for (const file of files) Object.assign(values, parse(fs.readFileSync(file)));
  return { values, files };
}
