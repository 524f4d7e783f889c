import type { ConfigurationCatalog } from '../catalog';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ErrorKnowledge } from '../knowledge/types';
import type { LogService } from '../logs/logService';
import type { DirectoryUser, ProvisioningLogEntry, SyncConfiguration } from '../../domain';
import { describeOutcome, OutcomeView } from '../provisioning/describeOutcome';
import { checkScopes, ScopeCheck, ScopeGateway } from '../provisioning/userScope';
import { targetName } from '../checks/targetName';
import type { Finding } from '../checks/findings';
import { checkSettingsFor, needsPolicyCheck } from '../checks/liveChecks';
import type { PolicyProbe } from '../checks/policyCheck';

export interface CodeExplanation {
  code: string;
  knowledge?: ErrorKnowledge;
  /** Close codes when the code is unknown. */
  suggestions: string[];
  /** Live checks per configuration the error can concern. */
  checks: Array<{ configuration: SyncConfiguration; findings: Finding[] }>;
}

export interface UserHistoryItem {
  configuration?: SyncConfiguration;
  entry: ProvisioningLogEntry;
  view: OutcomeView;
}

export interface UserExplanation {
  user: DirectoryUser;
  /** The newest log entry per configuration, newest first. */
  latest: UserHistoryItem[];
  /** Set when no log mentions the user: where the user stands in each configuration's scope. */
  scope?: ScopeCheck[];
}

export interface ExplainService {
  explainCode(code: string, configuration?: SyncConfiguration): Promise<CodeExplanation>;
  explainUser(user: DirectoryUser): Promise<UserExplanation>;
}

const MAX_CHECKED = 5;

export function createExplainService(deps: {
  gateway: ScopeGateway;
  policies: PolicyProbe;
  catalog: ConfigurationCatalog;
  logs: LogService;
  kb: KnowledgeBase;
}): ExplainService {
  const { gateway, policies, catalog, logs, kb } = deps;
  return {
    async explainCode(code, configuration) {
      const knowledge = kb.explain(code) ?? kb.mentionedIn(code)[0];
      if (!knowledge) return { code, suggestions: closeCodes(kb, code), checks: [] };
      const configs = configuration ? [configuration] : affected(await catalog.list(), knowledge);
      const checks =
        needsPolicyCheck(knowledge) || knowledge.settings?.some((s) => s.check === 'targetGuestInviteSettings')
          ? await Promise.all(
              configs.slice(0, MAX_CHECKED).map(async (c) => ({
                configuration: c,
                findings: await checkSettingsFor(policies, kb, knowledge.code, c),
              })),
            )
          : [];
      return { code: knowledge.code, knowledge, suggestions: [], checks };
    },
    async explainUser(user) {
      const entries = await logs.latestForUser(user.id, 25);
      const configs = await catalog.list();
      const byId = new Map(configs.map((c) => [c.servicePrincipalId.toLowerCase(), c]));
      const newest = new Map<string, ProvisioningLogEntry>();
      for (const e of entries) {
        const key = (e.servicePrincipalId ?? '').toLowerCase();
        if (!newest.has(key)) newest.set(key, e);
      }
      const latest = await Promise.all(
        [...newest.values()].map(async (entry): Promise<UserHistoryItem> => {
          const configuration = byId.get((entry.servicePrincipalId ?? '').toLowerCase());
          const findings =
            entry.status === 'failure' && entry.error && configuration
              ? await checkSettingsFor(policies, kb, entry.error.code, configuration, entry.error.reason).catch(
                  () => [],
                )
              : [];
          const view = describeOutcome(
            entry,
            {
              userName: user.displayName,
              targetName: targetName(configuration),
              configName: configuration?.displayName ?? entry.servicePrincipalName ?? 'the configuration',
              findings,
            },
            kb,
          );
          return { configuration, entry, view };
        }),
      );
      if (latest.length > 0) return { user, latest };
      return {
        user,
        latest,
        scope: await checkScopes(
          gateway,
          configs.filter((c) => c.job),
          user,
        ),
      };
    },
  };
}

/** Configurations the error is about: those failing with it now, else all of them. */
function affected(configs: SyncConfiguration[], knowledge: ErrorKnowledge): SyncConfiguration[] {
  const names = new Set([knowledge.code, ...(knowledge.aliases ?? [])].map((n) => n.toLowerCase()));
  const failing = configs.filter((c) => {
    const codes = [c.job?.quarantine?.error?.code, c.job?.quarantine?.reason, c.job?.lastExecution?.error?.code].filter(
      (x): x is string => !!x,
    );
    return codes.some((x) => names.has(x.toLowerCase()));
  });
  return (failing.length > 0 ? failing : configs).filter((c) => c.job || c.target);
}

function closeCodes(kb: KnowledgeBase, typed: string): string[] {
  const t = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (t.length < 4) return [];
  return kb
    .all()
    .map((e) => e.code)
    .filter((code) => {
      const c = code.toLowerCase();
      return c.includes(t.slice(0, 12)) || t.includes(c.slice(0, 12));
    })
    .slice(0, 5);
}
