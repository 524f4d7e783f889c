import type { SetupPlan, SetupStep, StepKey } from './types';

const TITLES: Record<StepKey, string> = {
  partner: 'Partner entry for the target',
  outboundAutoRedemption: 'Outbound automatic redemption',
  trust: 'Trust MFA and compliant devices',
  configuration: 'Configuration (application)',
  job: 'Provisioning job (Azure2Azure)',
  secrets: 'Target tenant and settings',
  testConnection: 'Test connection',
};

export const STEP_ORDER: readonly StepKey[] = [
  'partner',
  'outboundAutoRedemption',
  'trust',
  'configuration',
  'job',
  'secrets',
  'testConnection',
];

/** The steps of a setup before anything ran, marking what the plan already found in place. */
export function initialSteps(plan: SetupPlan, options: { trust: boolean } = { trust: false }): SetupStep[] {
  const ok = (key: string) => plan.checks.find((c) => c.key === key)?.state === 'ok';
  const present = (detail: string) => ({ state: 'present' as const, detail });
  return STEP_ORDER.map((key) => {
    const step: SetupStep = { key, title: TITLES[key], state: 'pending', detail: '' };
    if (key === 'partner' && ok('sourcePartner')) Object.assign(step, present('Already there; not created again.'));
    if (key === 'outboundAutoRedemption' && ok('outboundAutoRedemption'))
      Object.assign(step, present('Already allowed.'));
    if (key === 'trust' && ok('trustMfa') && ok('trustCompliantDevice'))
      Object.assign(step, present('Already trusted.'));
    else if (key === 'trust' && !options.trust)
      Object.assign(step, {
        state: 'skipped' as const,
        detail: 'Not asked for: sync does not need it, so inbound trust is left as it is.',
      });
    return step;
  });
}
