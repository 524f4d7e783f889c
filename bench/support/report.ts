import fs from 'node:fs';
import path from 'node:path';
import { describeMachine, machineLine } from './machine';
import { RESULTS_DIR } from './paths';

export type Row = Record<string, string | number | boolean | undefined>;

/** A plain-text table of rows (columns from the first row). */
export function table(title: string, rows: Row[]): string {
  if (rows.length === 0) return `${title}\n  (no rows)\n`;
  const columns = Object.keys(rows[0]);
  const cell = (v: Row[string]): string =>
    v === undefined ? '' : typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]): string =>
    '  ' +
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return (
    [
      title,
      line(columns),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map((r) => line(columns.map((c) => cell(r[c])))),
    ].join('\n') + '\n'
  );
}

/** Prints the tables and writes bench/results/<name>.json with the machine's description. */
export function publish(
  name: string,
  sections: Array<{ title: string; rows: Row[] }>,
  details: Record<string, unknown> = {},
): string {
  const machine = describeMachine();
  process.stdout.write(`\n${name}: ${machineLine(machine)}\n`);
  for (const s of sections) process.stdout.write(table(s.title, s.rows));
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(
    file,
    JSON.stringify({ name, at: new Date().toISOString(), machine, sections, details }, null, 2) + '\n',
  );
  process.stdout.write(`  -> ${path.relative(process.cwd(), file)}\n`);
  return file;
}

/** Checks a target; the benchmark still reports (and fails its exit code) when one is missed. */
export function target(name: string, ok: boolean, measured: string): Row {
  if (!ok) process.exitCode = 1;
  return { target: name, measured, met: ok ? 'yes' : 'NO' };
}
