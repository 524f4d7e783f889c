import type { ApproverMention } from './configTypes';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@=,]+@[^\s@=,]+\.[^\s@=,]+$/;

/**
 * APPROVER_MENTIONS: who approval cards @mention, comma-separated. A user is a UPN or an Entra object id, with a
 * display name before `=` if you like (`Adele Vance=adele@contoso.com`); a Teams tag is `tag:<tag name>=<tag id>`
 * (the id from Graph: GET /teams/{team id}/tags). Teams needs the id to notify, the name to show.
 */
export function approverMentions(value: string | undefined, problems: string[]): ApproverMention[] {
  if (!value) return [];
  const mentions: ApproverMention[] = [];
  for (const entry of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const isTag = entry.toLowerCase().startsWith('tag:');
    const body = isTag ? entry.slice(4).trim() : entry;
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq).trim() : '';
    const id = (eq >= 0 ? body.slice(eq + 1) : body).trim();
    if (isTag) {
      if (!name || !id) {
        problems.push(
          `APPROVER_MENTIONS: "${entry}" is not a tag as tag:<tag name>=<tag id> (the id from Microsoft Graph: ` +
            'GET /teams/{team id}/tags)',
        );
      } else mentions.push({ kind: 'tag', id, name });
    } else if (UPN.test(id) || GUID.test(id)) {
      mentions.push({ kind: 'user', id, name: name || (UPN.test(id) ? id : 'approver') });
    } else {
      problems.push(
        `APPROVER_MENTIONS: "${entry}" is neither a user principal name, an Entra object id, nor ` +
          'tag:<tag name>=<tag id>',
      );
    }
  }
  return mentions;
}
