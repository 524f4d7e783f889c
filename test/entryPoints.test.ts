import assert from 'node:assert/strict';
import path from 'node:path';
import { runToExit } from './support/runToExit';
import { readProjectFile } from './tools/projectRoot';

const lib = process.env.TEST_LIB_DIR ?? path.resolve('lib');

/** Each npm script a person runs, the compiled script it ends in, and words its usage must hold. */
const ENTRY_POINTS = [
  { npm: 'start', script: path.join(lib, 'src', 'index.js'), usage: /npm start[\s\S]*local mode[\s\S]*--help/ },
  {
    npm: 'simulator',
    script: path.resolve('packages', 'tenant-simulator', 'lib', 'src', 'main.js'),
    usage: /usage: tenant-simulator[\s\S]*--port[\s\S]*--help/,
  },
  {
    npm: 'package',
    script: path.join(lib, 'tools', 'packageApp.js'),
    usage: /npm run package[\s\S]*--env[\s\S]*--help/,
  },
];

describe('every entry point answers --help and refuses an argument it does not know', function () {
  this.timeout(60_000);

  for (const entry of ENTRY_POINTS) {
    it(`npm run ${entry.npm}: passes the command line to its script`, () => {
      const scripts = (JSON.parse(readProjectFile('package.json')) as { scripts: Record<string, string> }).scripts;
      const command = scripts[entry.npm];
      const relative = path.relative(path.resolve(), entry.script).replace(/^lib\//, 'lib/');
      // npm appends `-- args` to the end of the script: the entry point's own script must be last.
      assert.ok(command.trimEnd().endsWith(relative), `${command} does not end with ${relative}`);
    });

    it(`npm run ${entry.npm} -- --help prints the usage and exits 0, starting nothing`, async () => {
      const run = await runToExit(entry.script, ['--help']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, entry.usage);
      assert.equal(run.stderr, '');
    });

    it(`npm run ${entry.npm} -- --bogus is refused, naming the options there are`, async () => {
      const run = await runToExit(entry.script, ['--bogus']);
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, /--bogus/);
      assert.match(run.stderr, /--help/);
      assert.doesNotMatch(run.stdout, /Local mode|listening/);
    });
  }
});
