import type { StepResult } from '../domain';
import type { TextColor } from './format';

export type Tone = 'good' | 'warning' | 'attention' | 'default' | 'accent';
export type ProgressState = StepResult | 'pending' | 'running';

const ICONS: Record<ProgressState, string> = {
  success: '✅',
  failure: '❌',
  skipped: '⏭️',
  warning: '⚠️',
  pending: '⏳',
  running: '🔄',
};

/** The symbol a step or a row shows for its state. */
export function stateIcon(state: ProgressState): string {
  return ICONS[state] ?? '•';
}

/** Container style of a tone ("default" containers have no colour). */
export function toneStyle(tone: Tone): string {
  return tone === 'good'
    ? 'good'
    : tone === 'warning'
      ? 'warning'
      : tone === 'attention'
        ? 'attention'
        : tone === 'accent'
          ? 'accent'
          : 'default';
}

export function resultColor(result: StepResult): TextColor {
  return result === 'success'
    ? 'Good'
    : result === 'failure'
      ? 'Attention'
      : result === 'skipped'
        ? 'Warning'
        : 'Default';
}

/** "old → new", with "(empty)" for missing values, as the admin center's Modified properties tab. */
export function oldToNew(oldValue: string | null, newValue: string | null): string {
  return (
    `${oldValue === null || oldValue === '' ? '(empty)' : oldValue} → ` +
    `${newValue === null || newValue === '' ? '(empty)' : newValue}`
  );
}
