'use strict';
// Runs the mocha suite. Before it starts, the simulator's certificate authority is made
// (once, in data/test/simulator) and handed to the test process in NODE_EXTRA_CA_CERTS,
// which Node reads only at start-up: msal-node and the Graph client then trust the
// simulator exactly as they trust Graph.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const simulatorDir = path.join(root, 'data', 'test', 'simulator');
const simulatorMain = path.join(root, 'lib', 'src', 'simulator', 'main.js');
const env = { ...process.env };

if (fs.existsSync(simulatorMain)) {
  const init = spawnSync(process.execPath, [simulatorMain, '--data-dir', simulatorDir, '--init-only'], { stdio: 'inherit' });
  if (init.status !== 0) process.exit(init.status ?? 1);
  env.NODE_EXTRA_CA_CERTS = path.join(simulatorDir, 'ca.pem');
  env.TEST_SIMULATOR_DATA_DIR = simulatorDir;
}

const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: root });
process.exit(result.status ?? 1);
