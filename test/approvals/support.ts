import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApprovalService, type ApprovalServiceOptions } from '../../src/approvals/service';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../src/graph/gateway';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import type { DurableStorage } from '../../src/storage';
import type { Actor, Role, SyncConfiguration } from '../../src/domain';
import { captureLogs, CapturedLogs } from '../support/logs';
import { startTestSimulator, TestSimulator } from '../support/simulator';

/** The real parts: simulator over HTTPS, the real gateway, SQLite in a fresh folder. */
export interface ApprovalWorld {
  sim: TestSimulator;
  gateway: GraphGateway;
  storage: DurableStorage;
  file: string;
  logs: CapturedLogs;
  clock: { now: Date };
  service(options?: {
    twoApproversAbove?: number;
    twoApproversGroupSize?: number;
    storage?: DurableStorage;
    setup?: ApprovalServiceOptions['setup'];
    writes?: ApprovalServiceOptions['writes'];
  }): ApprovalService;
  config(name: string): Promise<SyncConfiguration>;
  actor(upn: string, roles: Role[]): Promise<Actor>;
  reopen(): Promise<DurableStorage>;
  stop(): Promise<void>;
}

/** `users`: the source tenant's total (generated people beyond the seed), for groups too large to count. */
export async function startApprovalWorld(options: { users?: number } = {}): Promise<ApprovalWorld> {
  const sim = await startTestSimulator({ users: options.users });
  const source = sim.connection.tenants.find((t) => t.role === 'source')!;
  const logs = captureLogs('debug');
  const gateway = createGraphGateway({
    settings: {
      baseUrl: sim.connection.graphBaseUrl,
      authorityHost: sim.connection.authorityHost,
      timeoutMs: 10_000,
      credential: {
        kind: 'secret',
        tenantId: source.tenantId,
        clientId: source.clientId,
        clientSecret: source.clientSecret,
      },
    },
    logger: logs.logger,
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-approvals-'));
  const file = path.join(dir, 'bot.sqlite');
  const opened: DurableStorage[] = [];
  const open = async () => {
    const s = await SqliteStorage.open(file, logs.logger);
    opened.push(s);
    return s;
  };
  const storage = await open();
  const clock = { now: new Date() };
  const world: ApprovalWorld = {
    sim,
    gateway,
    storage,
    file,
    logs,
    clock,
    service: (options = {}) =>
      new ApprovalService({
        storage: options.storage ?? storage,
        gateway,
        policy: {
          ttlHours: 24,
          twoApproversAbove: options.twoApproversAbove ?? 10,
          twoApproversGroupSize: options.twoApproversGroupSize,
        },
        logger: logs.logger,
        now: () => clock.now,
        setup: options.setup,
        writes: options.writes,
      }),
    async config(name) {
      const found = (await gateway.listConfigurations()).find((c) => c.displayName === name);
      if (!found) throw new Error(`no configuration ${name}`);
      return found;
    },
    async actor(upn, roles) {
      const user = await gateway.getUser(upn);
      if (!user) throw new Error(`no user ${upn}`);
      return { id: user.id, displayName: user.displayName, roles };
    },
    reopen: open,
    async stop() {
      for (const s of opened) await s.close().catch(() => undefined);
      await sim.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}

export async function groupPrincipal(gateway: GraphGateway, name: string) {
  const group = (await gateway.findGroups(name)).find((g) => g.displayName === name);
  if (!group) throw new Error(`no group ${name}`);
  return { id: group.id, type: 'Group' as const, displayName: group.displayName };
}

export async function assignmentsOf(gateway: GraphGateway, config: SyncConfiguration, principalId: string) {
  return (await gateway.listAssignments(config.servicePrincipalId)).filter((a) => a.principalId === principalId);
}
