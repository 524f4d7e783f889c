import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { alertCard } from './alertCard';
import { incidentButton, incidentOfButton } from './cardIncident';
import type { AlertsServices } from './services';
import { escapeMarkdown } from '../../../cards/markdown';

/** "Explain": cause, fix and the settings to check for each error code on the card. */
export const alertExplain = defineOperation<AlertsServices>()({
  name: 'alertExplain',
  title: 'Explaining an alert',
  role: 'reader',
  button: {
    verb: Verb.alertExplain,
    data: incidentButton,
    run:
      (services) =>
      async ({ context }, { incident: ref }) => {
        const incident = await incidentOfButton(services, ref);
        const parts = incident.errors.slice(0, 3).map((e) => {
          const known = services.knowledge.explain(e.code);
          if (!known) {
            const said = e.reason ? ` Graph said: ${escapeMarkdown(e.reason.slice(0, 300))}` : '';
            return `**${escapeMarkdown(e.code)}**: not in my knowledge base.${said}`;
          }
          const settings = (known.settings ?? []).map((s) => `  - ${s.tenant} tenant: ${s.setting}`);
          return [
            `**${e.code}** — ${known.title}`,
            `Cause: ${known.cause}`,
            `Fix: ${known.fix}`,
            ...(settings.length ? ['Settings to check:', ...settings] : []),
          ].join('\n');
        });
        await context.sendActivity(
          [`${incident.title} (${incident.configurationName})`, incident.summary, ...parts].join('\n\n'),
        );
        return alertCard(incident, services.knowledge);
      },
  },
});
