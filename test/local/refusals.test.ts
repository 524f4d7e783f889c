import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { distinctFreePorts } from '../support/ports';
import { runToExit } from '../support/runToExit';

const index = path.join(process.env.TEST_LIB_DIR ?? path.resolve('lib'), 'src', 'index.js');

/** Holds a port on 127.0.0.1 as another program would. */
function holdPort(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** `npm start` refusing to start: exit code 1, the message alone on stderr (no stack), nothing started. */
describe('npm start refuses, and says why, instead of starting what was not meant', function () {
  this.timeout(60_000);
  let dataDir: string;
  let ports: number[];

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-refusal-'));
    ports = await distinctFreePorts(3);
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const localEnv = () => ({
    DATA_DIR: dataDir,
    PORT: String(ports[0]),
    PLAYGROUND_PORT: String(ports[1]),
    SIMULATOR_PORT: String(ports[2]),
  });

  for (const [index_, what, setting] of [
    [0, 'the bot', 'PORT'],
    [1, 'the Agents Playground', 'PLAYGROUND_PORT'],
  ] as const) {
    it(`stops local mode when ${what}'s port is taken, naming the port and ${setting}`, async () => {
      const held = await holdPort(ports[index_]);
      try {
        const run = await runToExit(index, [], localEnv());
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.equal(
          run.stderr.trim(),
          `Port ${ports[index_]} on 127.0.0.1 (${what}) is already in use. Stop what holds it (another ` +
            `\`npm start\`?) or set ${setting} to a free port.`,
        );
        assert.doesNotMatch(run.stdout, /Local mode:|Agents Playground/);
      } finally {
        held.close();
      }
    });
  }

  it("will not start local mode with a bot identity and App Service's environment but no Graph settings", async () => {
    const run = await runToExit(index, [], {
      ...localEnv(),
      BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
      BOT_TYPE: 'UserAssignedMsi',
      BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      WEBSITE_SITE_NAME: 'cts-bot-prod',
      WEBSITE_INSTANCE_ID: 'instance-1',
    });
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /^Configuration is not valid:\n {2}- GRAPH_TENANT_ID, GRAPH_CLIENT_ID or GRAPH_USE_MANAGED/,
    );
    assert.match(run.stderr, /yet BOT_ID is set and App Service's WEBSITE_SITE_NAME says this runs in Azure/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(run.stdout, '');
    assert.deepEqual(fs.readdirSync(dataDir), [], 'nothing started, nothing written');
  });

  it('refuses a GRAPH_TENANT_ID that is neither a tenant id nor a domain before any Graph call', async () => {
    const run = await runToExit(index, [], {
      ...localEnv(),
      // A bot identity, so that the tenant id is the one problem (real Graph without one is refused too).
      BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
      BOT_TYPE: 'UserAssignedMsi',
      BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      GRAPH_TENANT_ID: 'x',
      GRAPH_CLIENT_ID: '1a2b3c4d-0000-4000-8000-000000000001',
      GRAPH_CLIENT_SECRET: 'secret',
    });
    assert.equal(run.code, 1);
    assert.equal(run.stderr.split('\n').filter(Boolean).length, 2, `one problem, one line, no stack:\n${run.stderr}`);
    assert.match(run.stderr, /GRAPH_TENANT_ID: "x" is neither a tenant id .* nor a domain of the tenant/);
  });
});
