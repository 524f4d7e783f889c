import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../../src/errors';
import type { ProvisioningOutcome, SyncConfiguration } from '../../../src/domain';
import { createProvisioner, ProvisionProgress } from '../../../src/sync/provisioning/provisionUser';
import { createRateLimiter } from '../../../src/sync/provisioning/rateLimiter';
import { userRuleIds } from '../../../src/sync/provisioning/ruleIds';
import { CONTOSO_A } from '../../support/configurations';

const ADELE = {
  id: '6b8a7e0c-0000-4000-8000-0000000000ad',
  displayName: 'Adele Vance',
  userPrincipalName: 'AdeleV@contoso.com',
};
const CREATED: ProvisioningOutcome = {
  action: 'create',
  status: 'success',
  steps: [],
  modifiedProperties: [],
  sourceId: ADELE.id,
};
const throttled = (seconds: number) =>
  new CodedError(ErrorCode.GraphThrottled, 'Graph is throttling', { status: 429, retryAfterSeconds: seconds });

function world(answers: Array<ProvisioningOutcome[] | Error>, ruleId = 'USER_INBOUND_USER.rule') {
  let now = 0;
  const waits: number[] = [];
  const calls: unknown[] = [];
  const ruleReads: string[] = [];
  const gateway = {
    provisionOnDemand: async (sp: string, job: string, request: unknown) => {
      calls.push({ sp, job, request, at: now });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    },
    getUserRuleId: async (sp: string) => (ruleReads.push(sp), ruleId),
  };
  const limiter = createRateLimiter({
    limit: 5,
    windowMs: 10_000,
    now: () => now,
    sleep: async (ms) => void (waits.push(ms), (now += ms)),
  });
  const provision = createProvisioner({ gateway, ruleId: userRuleIds(gateway), limiter });
  return { provision, calls, waits, ruleReads };
}

describe('sync/provisioning provision on demand for one user', () => {
  it("sends the job's rule id and the user as the subject", async () => {
    const w = world([[CREATED], [CREATED]]);
    assert.equal((await w.provision(CONTOSO_A, ADELE)).action, 'create');
    await w.provision(CONTOSO_A, ADELE);
    assert.deepEqual(w.calls[0], {
      sp: CONTOSO_A.servicePrincipalId,
      job: CONTOSO_A.job!.id,
      request: { ruleId: 'USER_INBOUND_USER.rule', subjects: [{ objectId: ADELE.id, objectTypeName: 'User' }] },
      at: 0,
    });
    assert.deepEqual(w.ruleReads, [CONTOSO_A.servicePrincipalId, CONTOSO_A.servicePrincipalId]);
  });

  it("a job schema without the user rule is the bot's setup problem, and nothing is provisioned", async () => {
    const w = world([[CREATED]], '');
    await assert.rejects(
      w.provision(CONTOSO_A, ADELE),
      (e: unknown) =>
        e instanceof CodedError && e.code === ErrorCode.BotMisconfigured && /USER_INBOUND_USER/.test(e.message),
    );
    assert.equal(w.calls.length, 0);
  });

  it("waits out Graph's 429 with its Retry-After and tries again: the request does not fail", async () => {
    const w = world([throttled(3), throttled(2), [CREATED]]);
    const heard: ProvisionProgress[] = [];
    const outcome = await w.provision(CONTOSO_A, ADELE, (p) => heard.push(p));
    assert.equal(outcome.status, 'success');
    assert.deepEqual(w.waits, [3000, 2000]);
    assert.deepEqual(
      heard.filter((p) => p.stage === 'waiting'),
      [
        { stage: 'waiting', reason: 'throttled', waitMs: 3000 },
        { stage: 'waiting', reason: 'throttled', waitMs: 2000 },
      ],
    );
  });

  it('gives up only after a long throttling, and never retries other failures', async () => {
    const w = world(Array.from({ length: 100 }, () => throttled(30)));
    await assert.rejects(
      w.provision(CONTOSO_A, ADELE),
      (e: unknown) => e instanceof CodedError && e.code === ErrorCode.GraphThrottled,
    );
    assert.equal(w.calls.length, 5, '4 waits of 30 s fit in 2 minutes');
    const forbidden = world([new CodedError(ErrorCode.GraphForbidden, 'no')]);
    await assert.rejects(forbidden.provision(CONTOSO_A, ADELE), /no/);
    assert.equal(forbidden.calls.length, 1);
  });

  it('refuses a configuration without a job', async () => {
    const w = world([]);
    const noJob: SyncConfiguration = { ...CONTOSO_A, job: undefined };
    await assert.rejects(w.provision(noJob, ADELE), /has no provisioning job yet/);
  });
});
