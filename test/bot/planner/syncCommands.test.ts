import assert from 'node:assert/strict';
import { COMMANDS } from '../../../src/bot/features';
import { normalizeInput } from '../../../src/bot/planner/normalize';
import { parseCommand } from '../../../src/bot/planner/parse';

const parse = (text: string) => parseCommand(normalizeInput(text), COMMANDS);

describe('planner: provisioning, jobs, logs, explain and mappings phrases', () => {
  const cases: Array<[string, string | undefined, Record<string, string>?]> = [
    ['provision Adele Vance now', 'provisionUsers', { users: 'Adele Vance' }],
    ['provision adelev@contoso.com', 'provisionUsers', { users: 'adelev@contoso.com' }],
    ['Sync Adele to Fabrikam', 'provisionUsers', { users: 'Adele', target: 'Fabrikam' }],
    ['sync Adele Vance into Contoso A right now', 'provisionUsers', { users: 'Adele Vance', target: 'Contoso A' }],
    [
      'provision Adele Vance, Lee Gu and Megan Bowen',
      'provisionUsers',
      { users: 'Adele Vance, Lee Gu and Megan Bowen' },
    ],
    ["please provision Seán O'Brien on demand", 'provisionUsers', { users: "Seán O'Brien" }],
    ['sync all users in Contoso B', 'requestScopeMode'],
    ['sync status', undefined],
    ['test connection Contoso B', 'testConnection', { name: 'Contoso B' }],
    ['check the connection of Contoso A', 'testConnection', { name: 'Contoso A' }],
    ['start Contoso A', 'startJob', { name: 'Contoso A' }],
    ['start provisioning for Contoso A', 'startJob', { name: 'Contoso A' }],
    ['pause Contoso A', 'pauseJob', { name: 'Contoso A' }],
    ['stop provisioning for Contoso A', 'pauseJob', { name: 'Contoso A' }],
    ['restart Contoso A', 'restartJob', { name: 'Contoso A' }],
    ['restart the job of Contoso A', 'restartJob', { name: 'Contoso A' }],
    ['allow deletes Contoso A', 'allowDeletes', { name: 'Contoso A' }],
    ['allow the pending deletions for Contoso A', 'allowDeletes', { name: 'Contoso A' }],
    ['show failures for Contoso A today', 'showLogs', { kind: 'failures', subject: 'Contoso A', when: 'today' }],
    ['logs for Contoso B last 2 hours', 'showLogs', { kind: 'logs', subject: 'Contoso B', when: 'last 2 hours' }],
    ['show provisioning logs', 'showLogs', { kind: 'logs' }],
    ['errors in the past 3 days', 'showLogs', { kind: 'errors', when: 'in the past 3 days' }],
    ['what happened to Adele Vance', 'userHistory', { user: 'Adele Vance' }],
    ['why was Lee Gu skipped?', 'explainUser', { user: 'Lee Gu' }],
    ["why wasn't Adele Vance provisioned", 'explainUser', { user: 'Adele Vance' }],
    [
      'explain AzureDirectoryB2BManagementPolicyCheckFailure',
      'explainCode',
      { code: 'AzureDirectoryB2BManagementPolicyCheckFailure' },
    ],
    ['what does TooManyDeletes mean?', 'explainCode', { code: 'TooManyDeletes' }],
    [
      'explain EncounteredQuarantineException for Contoso B',
      'explainCode',
      { code: 'EncounteredQuarantineException', name: 'Contoso B' },
    ],
    ['show mappings Contoso A', 'showMappings', { name: 'Contoso A' }],
    ['attribute mappings of Contoso B', 'showMappings', { name: 'Contoso B' }],
    ['show configuration Contoso A', 'showConfiguration', { name: 'Contoso A' }],
    ['start', 'help'],
    ['make me a sandwich', undefined],
  ];
  for (const [text, action, parameters] of cases) {
    it(`"${text}" → ${action ?? 'nothing'}`, () => {
      const parsed = parse(text);
      assert.equal(parsed?.action, action);
      if (parameters) assert.deepEqual(parsed?.parameters, parameters);
    });
  }
});
