import assert from 'node:assert/strict';
import { createWrites } from '../../src/compose/writes';
import type { GraphSettings } from '../../src/config';
import { ErrorCode, isCoded } from '../../src/errors';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import { simulatorSignIn } from '../../src/local/simulatorSignIn';
import { captureLogs } from '../support/logs';
import { startTestSimulator, type TestSimulator } from '../support/simulator';

/** Local mode with GRAPH_WRITES=user: no SSO in the Playground: the simulator's sign-in page stands in for Teams. */
describe('local mode signs the Playground’s people in on the simulator’s page (simulator)', function () {
  this.timeout(60_000);
  let sim: TestSimulator;
  afterEach(async () => sim?.stop());

  it('changes take the same on-behalf-of path with nobody typing "sign in"; Entra’s roles decide', async () => {
    sim = await startTestSimulator();
    const source = sim.connection.tenants.find((t) => t.role === 'source')!;
    const { logger } = captureLogs('warn');
    const settings: GraphSettings = {
      baseUrl: sim.connection.graphBaseUrl,
      authorityHost: sim.connection.authorityHost,
      timeoutMs: 15_000,
      credential: {
        kind: 'secret',
        tenantId: source.tenantId,
        clientId: source.clientId,
        clientSecret: source.clientSecret,
      },
    };
    const app = createGraphGateway({ settings, logger });
    const sso = {
      clientId: source.clientId,
      credential: { kind: 'secret' as const, clientSecret: source.clientSecret },
      resource: source.appIdUri,
    };
    const signIn = simulatorSignIn({
      authorityHost: sim.connection.authorityHost,
      tenantId: source.tenantId,
      teamsClientId: source.ssoClientId,
      resource: source.appIdUri,
    });
    const { writes } = createWrites({ graphWrites: 'user', sso, graph: settings }, app, logger, undefined, signIn);
    const person = async (upn: string) => {
      const user = (await app.getUser(upn))!;
      return { aadObjectId: user.id, tenantId: source.tenantId, displayName: user.displayName };
    };
    const contosoA = (await app.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;

    await writes(await person('AlexW@contoso.com')).pauseJob(contosoA.servicePrincipalId, contosoA.job!.id);
    assert.equal((await app.getJob(contosoA.servicePrincipalId, contosoA.job!.id))?.status, 'Paused');

    const refused = await writes(await person('LynneR@contoso.com'))
      .startJob(contosoA.servicePrincipalId, contosoA.job!.id)
      .catch((e: unknown) => e);
    assert.ok(isCoded(refused, ErrorCode.EntraRoleMissing), String(refused));
    assert.equal((await app.getJob(contosoA.servicePrincipalId, contosoA.job!.id))?.status, 'Paused');
  });
});
