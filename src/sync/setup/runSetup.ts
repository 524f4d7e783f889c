import { ErrorCode, isCoded } from '../../errors';
import type { Logger } from '../../logging';
import type { InitialSyncSettings } from '../../domain';
import { initialSteps } from './steps';
import type { SetupGateway, SetupPlan, SetupRun, SetupStep, StepKey } from './types';

export interface RunSetupInput {
  gateway: SetupGateway;
  /** A plan read from Graph just now (inspectSetup), never one a card carried. */
  plan: SetupPlan;
  logger: Logger;
  /** Called after every step with the steps so far, so the one card can be updated in place. */
  onProgress?: (steps: SetupStep[]) => Promise<void>;
  /** Trust the target's MFA and compliant-device claims: only when asked for (sync does not need it). */
  trust?: boolean;
  /** The accidental-deletion threshold of the new configuration (prevention is always on). */
  deleteThreshold?: number;
}

/** Entra's default accidental-deletion threshold. */
export const DEFAULT_SETUP_DELETE_THRESHOLD = 500;

/**
 * Creates what is missing on the source side, then the configuration (instantiate, job, secrets)
 * and tests the connection. What exists is reported and left alone; nothing is started.
 */
export async function runSetup(input: RunSetupInput): Promise<SetupRun> {
  const { gateway, plan } = input;
  const log = input.logger.child({ setupTarget: plan.target.tenantId });
  const steps = initialSteps(plan, { trust: input.trust === true });
  const run: SetupRun = { plan, steps, outcome: 'failed' };
  const step = (key: StepKey) => steps.find((s) => s.key === key)!;
  const report = async (key: StepKey, state: SetupStep['state'], detail: string) => {
    Object.assign(step(key), { state, detail });
    log.info({ step: key, state }, 'setup step');
    await input.onProgress?.(steps.map((s) => ({ ...s })));
  };
  const skipRest = () =>
    steps
      .filter((s) => s.state === 'pending')
      .forEach((s) => Object.assign(s, { state: 'skipped', detail: 'Not done: an earlier step did not succeed.' }));

  // A configuration to this target already exists: nothing is created, the admin decides.
  if (plan.existing.length > 0) {
    const names = plan.existing.map((c) => c.displayName).join(', ');
    await report(
      'configuration',
      'conflict',
      `${names} already synchronizes to ${plan.configurationName}; I did not create a second configuration.`,
    );
    skipRest();
    return { ...run, outcome: 'conflict' };
  }

  let current: StepKey = 'partner';
  try {
    const target = plan.target.tenantId;
    if (step('partner').state === 'pending') {
      await report('partner', 'running', 'Creating…');
      const created = await gateway.createPartner(target).then(
        () => true,
        (e: unknown) => (isCoded(e, ErrorCode.GraphConflict) ? false : Promise.reject(e)),
      );
      await report(
        'partner',
        created ? 'done' : 'present',
        created
          ? 'Created.'
          : 'Another partner entry for this tenant already exists (created meanwhile); not created again.',
      );
    }
    current = 'outboundAutoRedemption';
    if (step(current).state === 'pending') {
      await gateway.updatePartner(target, { automaticUserConsent: { outboundAllowed: true } });
      await report(current, 'done', 'Allowed.');
    }
    current = 'trust';
    if (step(current).state === 'pending') {
      // Graph replaces the inboundTrust value whole: keep the hybrid-joined device setting as it was.
      const hybrid = plan.sourcePartner?.inboundTrust?.isHybridAzureADJoinedDeviceAccepted ?? null;
      await gateway.updatePartner(target, {
        inboundTrust: {
          isMfaAccepted: true,
          isCompliantDeviceAccepted: true,
          isHybridAzureADJoinedDeviceAccepted: hybrid,
        },
      });
      await report(current, 'done', 'MFA and compliant devices from the target are trusted.');
    }
    current = 'configuration';
    await report(current, 'running', 'Creating…');
    const created = await gateway.instantiateConfiguration(plan.configurationName);
    run.configuration = { servicePrincipalId: created.servicePrincipalId, displayName: created.displayName };
    await report(current, 'done', `Created "${created.displayName}".`);
    current = 'job';
    const job = await gateway.createJob(created.servicePrincipalId, 'Azure2Azure');
    run.configuration.jobId = job.id;
    await report(current, 'done', 'Created, not started.');
    current = 'secrets';
    const threshold = input.deleteThreshold ?? DEFAULT_SETUP_DELETE_THRESHOLD;
    await gateway.initializeSettings(created.servicePrincipalId, initialSettings(target, threshold));
    await report(
      current,
      'done',
      'Target tenant saved; only assigned users and groups are synchronized; accidental-deletion prevention is on ' +
        `(${threshold} per cycle); failure e-mails are off.`,
    );
    current = 'testConnection';
    await report(current, 'running', 'Testing…');
    const check = await gateway.validateCredentials(created.servicePrincipalId, target);
    if (check.ok) {
      await report(current, 'done', 'Passed.');
      return { ...run, outcome: 'ready' };
    }
    await report(current, 'failed', `${check.code}: ${check.message}`);
    return { ...run, outcome: 'connectionFailed', connectionError: { code: check.code, message: check.message } };
  } catch (error) {
    log.warn({ step: current, err: error }, 'setup step failed');
    await report(current, 'failed', isCoded(error) ? error.message : 'An unexpected error stopped the setup.');
    skipRest();
    if (isCoded(error)) {
      const requestId = error.details.requestId;
      run.failure = { code: error.code, graphRequestId: typeof requestId === 'string' ? requestId : undefined };
    }
    return run;
  }
}

/**
 * The settings of the CTS tutorial, except that accidental-deletion prevention is on: the target, assigned users only,
 * failure e-mails off (they need a recipient), and at most `deleteThreshold` deletions per cycle.
 */
export function initialSettings(
  targetTenantId: string,
  deleteThreshold = DEFAULT_SETUP_DELETE_THRESHOLD,
): InitialSyncSettings {
  return {
    targetTenantId,
    scopeMode: 'assignedOnly',
    notificationsEnabled: false,
    deleteThresholdEnabled: true,
    deleteThresholdValue: deleteThreshold,
  };
}
