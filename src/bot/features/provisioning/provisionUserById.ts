import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationId, objectId } from '../../shared/parameters';
import { provisionById } from './provisionOne';
import type { ProvisioningServices } from './services';

/**
 * A user picked on a choice card ("Provision", "Run again", "Provision here"): the user and configuration ids are
 * looked up again.
 */
export const provisionUserById = defineOperation<ProvisioningServices>()({
  name: 'provisionUserById',
  title: 'Provisioning a user',
  role: 'operator',
  button: {
    verb: Verb.provisionUser,
    data: z.object({
      userId: objectId,
      configurationId: configurationId.optional(),
      target: z.string().trim().min(1).max(200).optional(),
    }),
    run:
      (services) =>
      async (turn, { userId, configurationId, target }) =>
        provisionById(services, turn, userId, { configurationId, target }),
  },
});
