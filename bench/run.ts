import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { table } from './support/report';

const ALL = ['turns', 'graph', 'directory', 'monitor', 'memory', 'answers'];
const USAGE = `
npm run bench [-- <benchmark> ...]     (or: node lib/bench/run.js [<benchmark> ...])
Runs every benchmark, one after the other, each in its own process (its own memory and start-up),
printing its tables and writing bench/results/<name>.json. Name some to run only those:
${ALL.join(', ')}.
  --help  this text`;

const { positionals } = commandLineOrExit(USAGE, {
  options: HELP,
  allowPositionals: true,
});
const wanted = positionals.length > 0 ? positionals : ALL;
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
