import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { ActingUser, DirectoryUser } from '../../../domain';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import type { UserResolution } from '../../../sync/users/resolveUser';
import type { OperationTurn } from '../../operations/operation';
import { excerpt } from '../../planner/normalize';
import { LiveCard, showWhileWorking } from '../../shared/liveCard';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { userChoiceCard } from '../../shared/userChoiceCard';
import { progressCard } from '../../shared/workingCards';
import { provisionInto } from './provisionInto';
import * as cards from './scopeCards';
import type { ProvisioningServices } from './services';
import { invalidUserCard, notInternalCard } from './unresolvedCards';

export interface Where {
  /** A configuration already chosen (a card button). */
  configurationId?: string;
  /** "to Fabrikam": a configuration or target tenant name. */
  target?: string;
  /** Who asks: provisioning is asked with their token (GRAPH_WRITES=user). */
  by?: ActingUser;
}

/** "provision Adele Vance now": one user, one card that walks through each step. */
export async function provisionNamed(
  services: ProvisioningServices,
  { context, log, actingUser }: OperationTurn,
  name: string,
  asked: Where,
): Promise<AdaptiveCard> {
  const where = { ...asked, by: actingUser };
  const first = progressCard(`Provisioning ${excerpt(name, 80)}`, '', 'Looking up the user in your tenant…');
  return showWhileWorking(context, log, first, async (live) => {
    const found = await services.provisioning.resolveUser(name);
    if (found.kind !== 'found') return unresolvedCard(services, found, where);
    return provisionFound(services, log, live, found.user, where);
  });
}

/** A card button naming a user by id: the id is looked up again before anything runs. */
export async function provisionById(
  services: ProvisioningServices,
  { context, log, actingUser }: OperationTurn,
  userId: string,
  asked: Where,
): Promise<AdaptiveCard> {
  const where = { ...asked, by: actingUser };
  const first = progressCard('Provisioning', '', 'Looking up the user in your tenant…');
  return showWhileWorking(context, log, first, async (live) => {
    const found = await services.provisioning.resolveUserById(userId);
    if (found.kind === 'invalid' || found.kind === 'unknown') {
      throw new CodedError(
        ErrorCode.StaleAction,
        'That user no longer exists in your tenant, or never was one of its users. Nothing was changed.',
        { userId: userId.slice(0, 64) },
      );
    }
    if (found.kind !== 'found') return unresolvedCard(services, found, where);
    return provisionFound(services, log, live, found.user, where);
  });
}

async function provisionFound(
  services: ProvisioningServices,
  log: Logger,
  live: LiveCard,
  user: DirectoryUser,
  where: Where,
): Promise<AdaptiveCard> {
  if (where.configurationId) {
    const config = await configurationOfButton(services, where.configurationId);
    return provisionInto(services, log, live, config, user, where.by);
  }
  await live.show(
    progressCard(
      `Provisioning ${user.displayName}`,
      user.userPrincipalName,
      `Finding the configuration whose scope holds ${user.displayName}…`,
    ),
  );
  const choice = await services.provisioning.chooseConfiguration(user, where.target);
  switch (choice.kind) {
    case 'chosen':
      return provisionInto(services, log, live, choice.check.config, user, where.by);
    case 'several':
      return cards.configurationChoiceCard(user, choice.checks);
    case 'outOfScope':
      return cards.outOfScopeCard(user, choice.checks, services.knowledge);
    case 'unknownTarget':
      return cards.unknownTargetCard(choice.typed, choice.known);
    case 'noConfigurations':
      return cards.noConfigurationsCard();
  }
}

function unresolvedCard(
  services: ProvisioningServices,
  found: Exclude<UserResolution, { kind: 'found' }>,
  where: Where,
): AdaptiveCard {
  const data: Record<string, string> = {};
  if (where.configurationId) data.configurationId = where.configurationId;
  if (where.target) data.target = where.target.slice(0, 200);
  switch (found.kind) {
    case 'ambiguous':
    case 'unknown':
      return userChoiceCard(found, data, {
        verb: Verb.provisionUser,
        buttonTitle: 'Provision',
        question: 'Which one should I provision?',
      });
    case 'notInternal':
      return notInternalCard(found, services.knowledge);
    case 'invalid':
      return invalidUserCard(found);
  }
}
