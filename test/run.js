'use strict';
// Runs the mocha suite: the bot's tests and those of the packages in packages/. Before it starts, the
// tenant simulator's certificate authority is made (once, in data/test/simulator) and handed to the
// test process in NODE_EXTRA_CA_CERTS, which Node reads only at start-up: msal-node and the Graph
// client then trust the simulator exactly as they trust Graph.
//   node test/run.js [--lib <compiled dir, default lib>] [mocha options...]
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
let lib = path.join(root, 'lib');
const libAt = args.indexOf('--lib');
if (libAt >= 0) {
  lib = path.resolve(args[libAt + 1]);
  args.splice(libAt, 2);
}
const simulatorDir = path.join(root, 'data', 'test', 'simulator');
const env = { ...process.env, TEST_LIB_DIR: lib };

const simulator = builtSimulator();
if (simulator) {
  const { files } = simulator.ensureCertificates(simulatorDir);
  env.NODE_EXTRA_CA_CERTS = files.caFile;
  env.TEST_SIMULATOR_DATA_DIR = simulatorDir;
}

const hasSpec = args.some((a) => a === '--spec' || a.startsWith('--spec='));
const spec = hasSpec
  ? []
  : [
      '--spec',
      path.relative(root, path.join(lib, 'test')) + '/**/*.test.js',
      '--spec',
      'packages/*/lib/test/**/*.test.js',
    ];
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, ...spec, ...args], { stdio: 'inherit', env, cwd: root });
process.exit(result.status ?? 1);

/** The tenant simulator package once built (`npm run build`), else undefined. */
function builtSimulator() {
  try {
    require.resolve('@cts-bot/tenant-simulator');
  } catch {
    return undefined;
  }
  return require('@cts-bot/tenant-simulator');
}
