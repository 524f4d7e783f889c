import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SIMULATOR_CLI } from '../src';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SIMULATOR_CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('simulator: the tenant-simulator command', () => {
  it('prints its usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout } = run(flag);
      assert.equal(status, 0);
      assert.match(stdout, /^usage: tenant-simulator /);
      assert.match(stdout, /--cycle-seconds/);
    }
  });

  it('refuses an unknown flag, naming it and the flags it knows', () => {
    const { status, stderr } = run('--prot', '8443');
    assert.equal(status, 2);
    assert.match(
      stderr,
      new RegExp(
        'unknown flag --prot; the flags are --port, --data-dir, --users, --cycle-seconds, --latency, ' +
          '--latency-seed, --init-only',
      ),
    );
    assert.match(stderr, /usage: tenant-simulator/);
  });

  it('refuses a flag without its value, a value that is not a whole number, and a stray argument', () => {
    assert.match(run('--port').stderr, /--port <value>' argument missing/);
    assert.match(run('--users', '0').stderr, /--users needs a whole number of at least 1 \(got "0"\)/);
    assert.match(run('--cycle-seconds=1.5').stderr, /--cycle-seconds needs a whole number/);
    assert.match(run('serve').stderr, /unexpected argument serve; the flags are/);
  });

  it('makes the certificate authority with --init-only and exits', () => {
    const dataDir = path.resolve(process.env.TEST_SIMULATOR_DATA_DIR ?? 'data/test');
    const { status, stdout } = run('--data-dir', dataDir, '--init-only');
    assert.equal(status, 0);
    assert.ok(fs.existsSync(path.join(dataDir, 'ca.pem')));
    assert.match(stdout, /certificate authority: .*ca\.pem/);
  });
});
