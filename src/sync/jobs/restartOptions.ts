import type { RestartScope } from '../../domain';

/** The restart choices offered in chat, with what each does in an admin's words. */
export interface RestartOption {
  key: 'portal' | 'escrows' | 'quarantine' | 'watermark';
  title: string;
  description: string;
  /** resetScope flags; undefined = no criteria, the portal's "Restart provisioning". */
  scope?: RestartScope[];
  /** Whether the next cycle evaluates every user again (an initial cycle, much longer than the usual 40 minutes). */
  reevaluatesEveryone: boolean;
}

export const RESTART_OPTIONS: readonly RestartOption[] = [
  {
    key: 'portal',
    title: 'Restart provisioning (as the admin center does)',
    description: 'Clears the quarantine, the retry escrows and the watermark.',
    reevaluatesEveryone: true,
  },
  {
    key: 'escrows',
    title: 'Retry failed users only',
    description: 'Clears the retry escrows (resetScope Escrows).',
    scope: ['Escrows'],
    reevaluatesEveryone: false,
  },
  {
    key: 'quarantine',
    title: 'Lift the quarantine',
    description: 'Clears the quarantine state only (resetScope QuarantineState).',
    scope: ['QuarantineState'],
    reevaluatesEveryone: false,
  },
  {
    key: 'watermark',
    title: 'Re-evaluate everyone',
    description: 'Clears the watermark (resetScope Watermark).',
    scope: ['Watermark'],
    reevaluatesEveryone: true,
  },
];

export type RestartKey = RestartOption['key'];

export function restartOption(key: string): RestartOption | undefined {
  return RESTART_OPTIONS.find((o) => o.key === key);
}

export const RESTART_WARNING =
  'Restarting re-evaluates every user in scope on the next cycle, which can take much longer than the usual 40 ' +
  'minutes; users whose state changed meanwhile are updated, and users no longer in scope are deleted in the ' +
  'target (within the accidental deletion threshold).';
