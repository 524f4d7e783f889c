import { z } from 'zod';
import { DirectChange, isEmail, MAX_DELETE_THRESHOLD } from '../../../sync/settings';

/**
 * What the admin typed, as a checked direct change. Used for the typed command and again for the card's button
 * data.
 */
export const settingInput = z
  .object({
    setting: z.string().trim().toLowerCase().max(60),
    value: z.string().trim().max(254),
  })
  .transform((input, ctx): DirectChange => {
    const fail = (message: string) => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    };
    const on = /^(?:on|enable|enabled|true)$/i.test(input.value);
    const off = /^(?:off|disable|disabled|false)$/i.test(input.value);
    if (/threshold value|^deletion threshold$|^delete threshold$/.test(input.setting) && /^\d+$/.test(input.value)) {
      const value = Number(input.value);
      if (value < 1 || value > MAX_DELETE_THRESHOLD)
        return fail(`the deletion threshold is a whole number from 1 to ${MAX_DELETE_THRESHOLD}`);
      return { kind: 'deleteThreshold', value };
    }
    if (/threshold|accidental|deletion prevention/.test(input.setting)) {
      if (!on && !off) return fail('the deletion threshold is a whole number, or "on" or "off"');
      return { kind: 'deleteThresholdEnabled', enabled: on };
    }
    if (/e-?mail|recipient/.test(input.setting)) {
      if (!isEmail(input.value)) return fail(`"${input.value.slice(0, 80)}" is not an e-mail address`);
      return { kind: 'notificationEmail', email: input.value };
    }
    if (/notification/.test(input.setting)) {
      if (!on && !off) return fail('notifications are turned "on" or "off"');
      return { kind: 'notifications', enabled: on };
    }
    return fail(
      'I can change the deletion threshold, accidental deletion prevention, notifications and the notification e-mail',
    );
  });

/** The button data that brings a confirmed change back: the same two strings, checked again. */
export function settingData(change: DirectChange): { setting: string; value: string } {
  switch (change.kind) {
    case 'deleteThreshold':
      return { setting: 'deletion threshold', value: String(change.value) };
    case 'deleteThresholdEnabled':
      return { setting: 'deletion prevention', value: change.enabled ? 'on' : 'off' };
    case 'notifications':
      return { setting: 'notifications', value: change.enabled ? 'on' : 'off' };
    case 'notificationEmail':
      return { setting: 'notification email', value: change.email };
  }
}
