import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { CodedError, ErrorCode } from '../../../errors';
import { MAX_USERS_PER_REQUEST, splitUserNames } from '../../../sync/users/userNames';
import { defineOperation } from '../../operations/operation';
import { configurationId } from '../../shared/parameters';
import { provisionMany } from './provisionMany';
import { provisionNamed } from './provisionOne';
import type { ProvisioningServices } from './services';

const VERB = /(?:provision|sync|synchroni[sz]e|push)(?: on[- ]demand)?(?: (?:the )?users?)?/.source;
const NOT_A_USER = /(?!(?:status|configurations?|configs?|jobs?|logs?|settings|all|everyone|everybody|now)$)/.source;
const WHERE = /(?: (?:to|into|in|with|via|using|through) (?<target>[^,;]+?))?/.source;
const NOW = /(?: (?:now|right now|immediately|on[- ]demand))*/.source;

/**
 * "provision Adele Vance now", "provision adelev@contoso.com", "sync Adele to Fabrikam", several users at once:
 * finds each user, the configuration whose scope holds them, and provisions on demand on a card that walks through
 * the steps. Its button is the text box of the "Provision a user" card: the typed name is resolved the same way.
 */
export const provisionUsers = defineOperation<ProvisioningServices>()({
  name: 'provisionUsers',
  title: 'Provision users now',
  role: 'operator',
  command: {
    description:
      'Provisions one or more users on demand (by name, UPN, mail or alias) with the configuration whose scope ' +
      'holds them, or the one named ("to Fabrikam"), and shows each step and the outcome: created, updated or ' +
      'skipped, as Member or Guest, what changed, and for a failure the cause and the fix.',
    parameters: z.object({
      users: z
        .string({ required_error: 'say who, e.g. "provision Adele Vance"' })
        .trim()
        .min(1, 'say who, e.g. "provision Adele Vance"')
        .max(2000, 'name at most 2000 characters of users')
        .describe('One or more users: names, UPNs, mails or aliases, separated by commas or "and"'),
      target: z
        .string()
        .trim()
        .min(1)
        .max(200, 'a configuration or tenant name has at most 200 characters')
        .optional()
        .describe('A configuration or target tenant name ("Fabrikam", "Contoso A")'),
    }),
    examples: [
      'provision Adele Vance now',
      'provision adelev@contoso.com',
      'sync Adele to Fabrikam',
      'provision Adele Vance, Lee Gu and Megan Bowen',
    ],
    patterns: [new RegExp(`^${VERB} ${NOT_A_USER}(?<users>.+?)${WHERE}${NOW}$`, 'i')],
    run:
      (services) =>
      async (turn, { users, target }) => {
        const names = splitUserNames(users);
        if (names.length === 0)
          throw new CodedError(ErrorCode.InvalidInput, 'Say who to provision, e.g. "provision Adele Vance".');
        if (names.length > MAX_USERS_PER_REQUEST) {
          throw new CodedError(
            ErrorCode.InvalidInput,
            `That names ${names.length} users; I provision at most ${MAX_USERS_PER_REQUEST} at once ` +
              '(5 per 10 seconds per configuration). ' +
              'Split the list, or assign a group and let the next cycle provision them.',
          );
        }
        if (names.length === 1) await provisionNamed(services, turn, names[0], { target });
        else await provisionMany(services, turn, names, target);
      },
  },
  button: {
    verb: Verb.provisionNamed,
    title: 'Provisioning a user',
    data: z.object({
      configurationId,
      user: z.string().trim().min(1, 'type a user').max(256, 'a user name, UPN or mail has at most 256 characters'),
    }),
    run:
      (services) =>
      async (turn, { configurationId, user }) =>
        provisionNamed(services, turn, user, { configurationId }),
  },
});
