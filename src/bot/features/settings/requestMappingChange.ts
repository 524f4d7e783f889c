import { z } from 'zod';
import { CodedError, ErrorCode } from '../../../errors';
import { SUFFIX } from '../../../sync/settings';
import { defineOperation } from '../../operations/operation';
import { previewChange, REASON } from '../../shared/changeRequests/previewChange';
import type { SettingsServices } from './services';

const ON = /(?:on|of|for|in)/.source;
const ADDRESS_LIST = /(?:in|from) (?:the )?(?:global )?address list/.source;

/** "set display name suffix on Contoso A to Contoso": before and after on one card, with Submit. */
export const requestMappingChange = defineOperation<SettingsServices>()({
  name: 'requestMappingChange',
  title: 'Request a display name or address list mapping change',
  role: 'operator',
  command: {
    description:
      'Asks to append a suffix marking synced users to their display names (or to stop), or to show or hide ' +
      'synced users in the address list (showInAddressList). Shown before and after; applied once approved.',
    parameters: z.object({
      configuration: z.string().trim().min(1, 'say which configuration').max(200),
      suffix: z
        .string()
        .trim()
        .max(40)
        .optional()
        .describe('The display name suffix, e.g. Contoso gives "Adele Vance (Contoso)"'),
      removeSuffix: z.string().max(20).optional().describe('Present to stop appending a suffix'),
      addressList: z.enum(['show', 'hide']).optional().describe('show or hide synced users in the address list'),
      reason: z.string().trim().max(500).optional(),
    }),
    examples: [
      'set display name suffix on Contoso A to Contoso',
      'remove display name suffix on Contoso A',
      'hide synced users from the address list on Contoso A',
    ],
    patterns: [
      new RegExp(
        `^(?:set|add|append) (?:a |the )?display ?name suffix ${ON} (?<configuration>.+?) to (?<suffix>.+?)${REASON}$`,
        'i',
      ),
      new RegExp(
        `^(?<removeSuffix>remove|drop|clear) (?:the )?display ?name suffix ${ON} (?<configuration>.+?)${REASON}$`,
        'i',
      ),
      new RegExp(
        `^(?<addressList>show|hide) (?:the )?synced users ${ADDRESS_LIST} ${ON} (?<configuration>.+?)${REASON}$`,
        'i',
      ),
    ],
    run:
      ({ changeRequests }) =>
      async ({ context }, params) => {
        const mapping = (() => {
          if (params.addressList)
            return { attribute: 'showInAddressList' as const, value: params.addressList === 'show' };
          if (params.removeSuffix) return { attribute: 'displayName' as const, suffix: null };
          if (params.suffix && SUFFIX.test(params.suffix))
            return { attribute: 'displayName' as const, suffix: params.suffix };
          throw new CodedError(
            ErrorCode.InvalidInput,
            'A display name suffix is up to 40 letters, digits, spaces, dots, dashes, apostrophes or ampersands, ' +
              'e.g. "Contoso".',
            { suffix: params.suffix?.slice(0, 40) },
          );
        })();
        await previewChange(context, changeRequests, {
          configuration: params.configuration,
          reason: params.reason,
          change: () => ({ kind: 'setMapping', mapping }),
        });
      },
  },
});
