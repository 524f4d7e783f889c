import type { SyncConfiguration } from '../../src/domain';
import { CONTOSO_A, CONTOSO_B } from './configurations';

/**
 * Text as long as Entra lets it be (256 characters for a display name), with what makes JSON and UTF-16
 * longer than ASCII: accents, CJK, an emoji (two UTF-16 units) and quotes (escaped in JSON).
 */
export function longText(start: string, length = 256): string {
  return `${start} ${'Ünïcödé 日本語 "Zoë" 🚀 — '.repeat(Math.ceil(length / 20))}`.slice(0, length);
}

const PAUSED = { ...CONTOSO_A.job!, scheduleState: 'Paused' as const, status: 'Paused' as const };
const FAILING = {
  ...CONTOSO_A.job!,
  countSuccessiveCompleteFailures: 2,
  lastExecution: { ...CONTOSO_B.job!.lastExecution! },
};
const STATES = [CONTOSO_A.job, CONTOSO_B.job, PAUSED, FAILING, undefined];

/**
 * `count` configurations with long names and targets, every fifth in each state (active, quarantined, paused, failing,
 * no job).
 */
export function manyConfigurations(
  count: number,
  name = (i: number) => longText(`Configuration ${String(i).padStart(3, '0')}`),
): SyncConfiguration[] {
  return Array.from({ length: count }, (_, i) => ({
    ...CONTOSO_A,
    servicePrincipalId: `c0ffee00-0000-4000-8000-${String(i).padStart(12, '0')}`,
    appId: `c0ffee01-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: name(i),
    target: {
      tenantId: `7a6b5c4d-0000-4000-8000-${String(i).padStart(12, '0')}`,
      displayName: longText(`Target ${i}`),
      defaultDomainName: `target${i}.onmicrosoft.com`,
    },
    job: STATES[i % STATES.length],
  }));
}
