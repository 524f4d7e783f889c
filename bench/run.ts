import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { table } from './support/report';

/**
 * `npm run bench`: every benchmark, one after the other, each in its own process (its own memory and
 * start-up), printing its tables and writing bench/results/<name>.json. `node lib/bench/run.js turns graph`
 * runs only those named.
 */
const ALL = ['turns', 'graph', 'directory', 'monitor', 'memory'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
const unknown = wanted.filter((w) => !ALL.includes(w));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}\n`);
  process.exit(2);
}
const outcomes = wanted.map((name) => {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], {
    stdio: 'inherit',
    timeout: 1_500_000,
  });
  const status =
    run.status === 0
      ? 'targets met'
      : run.status === 1
        ? 'a target missed or failed'
        : `failed (${run.status ?? run.signal})`;
  return { benchmark: name, status, seconds: Math.round((Date.now() - started) / 1000) };
});
process.stdout.write(`\n${table('Benchmarks', outcomes)}`);
process.exitCode = outcomes.every((o) => o.status === 'targets met') ? 0 : 1;
