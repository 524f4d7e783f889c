/**
 * The bot's commands as the Teams command menu shows them. Kept apart from the feature folders in src/bot/features,
 * which loads Teams code the packaging tool does not need: test/appPackage/menuCommands.test.ts checks that every
 * title and example here reaches a registered action, and test/appPackage/commandLists.test.ts keeps
 * appPackage/manifest.json in step with this list.
 */

export type MenuScope = 'personal' | 'team' | 'groupChat';

export interface BotCommand {
  /** What Teams types into the compose box when the command is picked (≤ 32 characters). */
  title: string;
  /** Syntax and an example (≤ 128 characters). */
  description: string;
  /** Which command menus offer it. Every command works everywhere, but a menu holds at most 12 (schema 1.24). */
  menus: MenuScope[];
}

const ALL: MenuScope[] = ['personal', 'team', 'groupChat'];

export const BOT_COMMANDS: readonly BotCommand[] = [
  { title: 'help', description: 'What I can do, with examples.', menus: ALL },
  {
    title: 'list configurations',
    description: 'Every cross-tenant sync configuration with its target, status and last run.',
    menus: ALL,
  },
  {
    title: 'show configuration',
    description:
      'show configuration <name>: status, scope, mappings and trust settings. Example: show configuration Contoso A',
    menus: ALL,
  },
  {
    title: 'provision',
    description: 'provision <user>: sync one user now and watch each step. Example: provision Adele Vance',
    menus: ['personal', 'groupChat'],
  },
  {
    title: 'test connection',
    description:
      "test connection <configuration>: check both tenants' access settings. Example: test connection Contoso A",
    menus: ['personal', 'groupChat'],
  },
  {
    title: 'start',
    description: 'start <configuration>: start provisioning (operators). Example: start Contoso A',
    menus: ['team'],
  },
  {
    title: 'pause',
    description:
      'pause <configuration>: pause provisioning after the current cycle (operators). Example: pause Contoso A',
    menus: ['team'],
  },
  {
    title: 'restart',
    description:
      'restart <configuration>: clear state and run a full cycle (operators, asks first). Example: restart Contoso A',
    menus: ['team'],
  },
  {
    title: 'show failures for',
    description:
      'show failures for <configuration> today: failed provisioning log entries. Example: show failures for Contoso ' +
      'A today',
    menus: ['personal', 'team'],
  },
  {
    title: 'what happened to',
    description:
      'what happened to <user>: recent provisioning of one user, step by step. Example: what happened to Lee Gu',
    menus: ['personal', 'groupChat'],
  },
  {
    title: 'explain',
    description:
      'explain <error code or user>: cause and fix. Example: explain AzureDirectoryB2BManagementPolicyCheckFailure',
    menus: ['personal', 'groupChat'],
  },
  {
    title: 'show mappings',
    description:
      'show mappings <configuration>: attribute mappings and the warnings that matter. Example: show mappings ' +
      'Contoso A',
    menus: ['personal', 'groupChat'],
  },
  {
    title: 'add',
    description:
      'add <group or user> to <configuration>: request a scope change for approval. Example: add Sales to Contoso A',
    menus: ['personal'],
  },
  {
    title: 'remove',
    description:
      'remove <user> from <configuration>: request removal from scope for approval. Example: remove Lee Gu from ' +
      'Contoso A',
    menus: ['personal'],
  },
  {
    title: 'pending approvals',
    description: 'Scope and mapping changes waiting for a decision.',
    menus: ['team', 'groupChat'],
  },
  {
    title: 'use this channel for approvals',
    description: 'Post approval requests in this channel from now on (approvers).',
    menus: ['team'],
  },
  {
    title: 'subscribe to alerts here',
    description: 'Post failure and quarantine alerts in this conversation. Add "for <configuration>" to narrow it.',
    menus: ['team', 'groupChat'],
  },
  { title: 'unsubscribe', description: 'Stop alerts in this conversation.', menus: ['team', 'groupChat'] },
  { title: 'subscriptions', description: 'Which alerts this conversation receives.', menus: ['team'] },
  {
    title: 'set up sync to',
    description:
      'set up sync to <domain or tenant id>: guided setup of a new configuration. Example: set up sync to fabrikam.com',
    menus: ['personal'],
  },
];

/** The manifest's commandLists as this catalogue implies them: one list per scope, in catalogue order. */
export function commandListsFor(
  commands: readonly BotCommand[] = BOT_COMMANDS,
): { scopes: MenuScope[]; commands: { title: string; description: string }[] }[] {
  return ALL.map((scope) => ({
    scopes: [scope],
    commands: commands.filter((c) => c.menus.includes(scope)).map(({ title, description }) => ({ title, description })),
  }));
}
