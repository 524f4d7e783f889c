import type { BatchRow } from '../../../cards/provisioningBatch';
import type { DirectoryUser } from '../../../domain';
import type { ConfigurationChoice } from '../../../sync/provisioning/chooseConfiguration';
import type { OutcomeView } from '../../../sync/provisioning/describeOutcome';
import type { UserResolution } from '../../../sync/users/resolveUser';
import { excerpt } from '../../planner/normalize';

/** A provisioned user's row on the batch card: the outcome, with the wrong settings and the fix of a failure. */
export function viewRow(view: OutcomeView): Partial<BatchRow> {
  const state =
    view.result === 'failed' ? 'failure' : view.result === 'skipped' || view.result === 'held' ? 'skipped' : 'success';
  const details = [
    ...view.details,
    ...view.findings
      .filter((f) => f.state === 'wrong')
      .map((f) => `${f.tenant} (${f.side}): ${f.setting} ${f.observed}.`),
  ];
  if (view.error) details.push(`Fix: ${view.error.fix}`);
  return { state, headline: view.headline, details: details.slice(0, 4) };
}

/** A name that found no single internal user: why, on its row. */
export function unresolvedRow(found: Exclude<UserResolution, { kind: 'found' }>): Partial<BatchRow> {
  switch (found.kind) {
    case 'ambiguous':
      return {
        state: 'warning',
        headline: `Several users match: ${found.candidates
          .slice(0, 4)
          .map((u) => u.displayName)
          .join(', ')}. Ask for one of them.`,
      };
    case 'unknown':
      return {
        state: 'failure',
        headline:
          found.suggestions.length > 0
            ? `No such user. Did you mean ${found.suggestions
                .slice(0, 3)
                .map((u) => u.displayName)
                .join(', ')}?`
            : 'No such user in your tenant.',
      };
    case 'notInternal':
      return { name: found.user.displayName, state: 'skipped', headline: found.reason };
    case 'invalid':
      return { state: 'failure', headline: found.reason };
  }
}

/** A user no configuration was chosen for: why, on its row. */
export function unchosenRow(
  user: DirectoryUser,
  choice: Exclude<ConfigurationChoice, { kind: 'chosen' }>,
): Partial<BatchRow> {
  switch (choice.kind) {
    case 'several':
      return {
        state: 'warning',
        headline:
          `In scope of ${choice.checks.map((c) => c.config.displayName).join(' and ')}: ` +
          `ask "provision ${user.displayName} to <configuration>".`,
      };
    case 'outOfScope':
      return {
        state: 'skipped',
        headline: 'Not in the scope of any configuration: nothing was changed.',
        details: choice.checks.map((c) => `${c.config.displayName}: ${c.reason}.`),
      };
    case 'unknownTarget':
      return { state: 'failure', headline: `No configuration is named or targets "${excerpt(choice.typed, 40)}".` };
    case 'noConfigurations':
      return { state: 'failure', headline: 'This tenant has no configuration with a provisioning job.' };
  }
}
