import template from '../../cards/help.json';
import { AdaptiveCard, renderTemplate } from './render';

export interface HelpCommand {
  title: string;
  description: string;
  examples: string[];
}

export interface HelpModel {
  commands: HelpCommand[];
}

export function renderHelpCard(model: HelpModel): AdaptiveCard {
  return renderTemplate('help', template, {
    title: 'Cross-tenant synchronization in chat',
    intro:
      'I look after the Microsoft Entra cross-tenant synchronization configurations of this tenant. Here is what you ' +
      'can ask:',
    commands: model.commands.map((c) => ({
      title: c.title,
      description: c.description,
      examples: c.examples.map((e) => `"${e}"`).join(' · '),
    })),
    footer: 'Names are matched forgivingly: "contoso a", "Contoso-A" and "CONTOSO A" are the same configuration.',
  });
}
