/**
 * The Agents Playground's mock tenant: its people are the simulator's Contoso admins
 * (same object ids), so the bot knows who is typing and which roles they hold.
 */

export interface PlaygroundPerson {
  id: string;
  displayName: string;
  userPrincipalName: string;
  directoryRoles: string[];
}

export interface PlaygroundPlan {
  tenantId: string;
  botId: string;
  botName: string;
  current: PlaygroundPerson;
  /** The Playground requires exactly five other users. */
  others: PlaygroundPerson[];
}

/** Who types by default, then who else is in the team: each role is covered. */
const CAST = ['Alex Wilber', 'Megan Bowen', 'Isaiah Langer', 'Lynne Robbins', 'Adele Vance', 'Diego Siciliani'];

export function planPlayground(tenantId: string, people: PlaygroundPerson[]): PlaygroundPlan {
  const byName = new Map(people.map((p) => [p.displayName, p]));
  const cast = CAST.map((name) => byName.get(name)).filter((p): p is PlaygroundPerson => p !== undefined);
  for (const p of people) if (cast.length < 6 && !cast.includes(p)) cast.push(p);
  if (cast.length < 6) throw new Error(`the simulator listed ${people.length} people; the Playground needs six`);
  return {
    tenantId,
    botId: '28c0e8f0-5b1e-4d53-9a53-0b5f3c6e7a11',
    botName: 'Cross-Tenant Sync',
    current: cast[0],
    others: cast.slice(1, 6),
  };
}

/** Stable Teams-style user ids for the Playground's people. */
export function teamsUserId(person: PlaygroundPerson): string {
  return `29:${person.id}`;
}

function personYaml(p: PlaygroundPerson, indent: string): string {
  const [given, ...rest] = p.displayName.split(' ');
  return [
    `id: "${teamsUserId(p)}"`,
    `name: "${p.displayName}"`,
    `userPrincipleName: "${p.userPrincipalName}"`,
    `aadObjectId: "${p.id}"`,
    `givenName: "${given}"`,
    `surname: "${rest.join(' ')}"`,
    `email: "${p.userPrincipalName}"`,
  ].join(`\n${indent}`);
}

export function playgroundYaml(plan: PlaygroundPlan): string {
  return [
    'version: "0.1.1"',
    `tenantId: "${plan.tenantId}"`,
    'bot:',
    `  id: "${plan.botId}"`,
    `  name: "${plan.botName}"`,
    'currentUser:',
    `  ${personYaml(plan.current, '  ')}`,
    'users:',
    ...plan.others.map((p) => `  - ${personYaml(p, '    ')}`),
    'personalChat:',
    '  id: "personal-chat-id"',
    'groupChat:',
    '  id: "group-chat-id"',
    '  name: "Identity Admins"',
    'team:',
    '  id: "team-contoso-it"',
    '  name: "Contoso IT"',
    '  aadGroupId: "6f1c2d3e-0000-4000-8000-00000000c0de"',
    '  channels:',
    '    - id: "channel-identity-ops"',
    '      name: "Identity Ops"',
    '',
  ].join('\n');
}
