'use strict';
// Runs the package's tests on their own (`npm test -w @cts-bot/tenant-simulator`; the repository's
// `npm test` runs them with the bot's). The certificate authority is made first, in data/test, and
// handed to mocha in NODE_EXTRA_CA_CERTS, which Node reads only at start-up.
//   node test/run.js [mocha options...]
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { ensureCertificates } = require(path.join(root, 'lib', 'src'));
const dataDir = path.join(root, 'data', 'test');
const { files } = ensureCertificates(dataDir);
const env = { ...process.env, NODE_EXTRA_CA_CERTS: files.caFile, TEST_SIMULATOR_DATA_DIR: dataDir };

const args = process.argv.slice(2);
const hasSpec = args.some((a) => a === '--spec' || a.startsWith('--spec='));
const spec = hasSpec ? [] : ['--spec', 'lib/test/**/*.test.js'];
const mocha = require.resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, ...spec, ...args], { stdio: 'inherit', env, cwd: root });
process.exit(result.status ?? 1);
