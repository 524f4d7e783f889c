import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DigestStore } from '../../src/alerts/digest/digestStore';
import type { DailyDigest } from '../../src/alerts/digest/digest';
import { IncidentStore } from '../../src/alerts/incidents/incidentStore';
import type { IncidentChange } from '../../src/alerts/incidents/merge';
import { graphSource } from '../../src/alerts/monitor/graphSource';
import { AlertMonitor } from '../../src/alerts/monitor/monitor';
import type { MonitorSource } from '../../src/alerts/monitor/source';
import { ConversationGoneError, Notifier } from '../../src/alerts/notifier';
import { alertSettings, AlertSettings } from '../../src/alerts/settings';
import { SubscriptionStore } from '../../src/alerts/subscriptions/subscriptionStore';
import type { Incident, MonitorCursor, Subscription } from '../../src/alerts/types';
import type { GraphGateway } from '../../src/graph/gateway';
import { createLeaderElector, DurableStorage, LeaderElector } from '../../src/storage';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { captureLogs, CapturedLogs } from '../support/logs';
import { startTestSimulator, TestSimulator } from '../support/simulator';

export interface Delivery {
  kind: 'post' | 'update' | 'announce' | 'digest';
  subscription: string;
  incident?: Incident;
  change?: IncidentChange;
  activityId?: string;
  digest?: DailyDigest;
}

/** The edge a unit test fakes: records what would be posted, and can act like a conversation the bot left. */
export class RecordingNotifier implements Notifier {
  readonly deliveries: Delivery[] = [];
  readonly gone = new Map<string, number>();
  private next = 1;

  private check(subscription: Subscription): void {
    const status = this.gone.get(subscription.id);
    if (status) throw new ConversationGoneError(status, `Forbidden: BotNotInConversationRoster (${status})`);
  }
  async postIncident(subscription: Subscription, incident: Incident) {
    this.check(subscription);
    const activityId = `activity-${this.next++}`;
    this.deliveries.push({
      kind: 'post',
      subscription: subscription.id,
      incident: structuredClone(incident),
      activityId,
    });
    return activityId;
  }
  async updateIncident(subscription: Subscription, activityId: string, incident: Incident) {
    this.check(subscription);
    this.deliveries.push({
      kind: 'update',
      subscription: subscription.id,
      incident: structuredClone(incident),
      activityId,
    });
  }
  async announce(subscription: Subscription, incident: Incident, change: IncidentChange) {
    this.check(subscription);
    this.deliveries.push({
      kind: 'announce',
      subscription: subscription.id,
      incident: structuredClone(incident),
      change,
    });
  }
  async postDigest(subscription: Subscription, digest: DailyDigest) {
    this.check(subscription);
    this.deliveries.push({ kind: 'digest', subscription: subscription.id, digest });
  }
  take(): Delivery[] {
    return this.deliveries.splice(0);
  }
}

export interface MonitorRig {
  sim: TestSimulator;
  gateway: GraphGateway;
  store: DurableStorage;
  dataFile: string;
  notifier: RecordingNotifier;
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  leader: LeaderElector<MonitorCursor>;
  monitor: AlertMonitor;
  logs: CapturedLogs;
  /** A new monitor on the same storage file, as after a restart of the bot. */
  restart(): Promise<void>;
  /** One sync cycle of a configuration, now. */
  cycle(configuration: string): Promise<any>;
  subscribe(id: string, filter?: Partial<Subscription['filter']>, extra?: Partial<Subscription>): Promise<void>;
  stop(): Promise<void>;
}

export async function monitorRig(
  options: {
    settings?: Partial<AlertSettings>;
    source?: (gateway: GraphGateway) => MonitorSource;
    now?: () => Date;
  } = {},
): Promise<MonitorRig> {
  const sim = await startTestSimulator();
  const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'));
  const dataFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alerts-')), 'bot.sqlite');
  const logs = captureLogs('debug');
  const notifier = new RecordingNotifier();
  const rig = { sim, gateway, dataFile, notifier, logs } as MonitorRig;
  const build = async () => {
    rig.store = await SqliteStorage.open(dataFile, logs.logger);
    rig.subscriptions = new SubscriptionStore(rig.store);
    rig.incidents = new IncidentStore(rig.store);
    rig.leader = createLeaderElector<MonitorCursor>({
      storage: { backend: 'sqlite', file: dataFile },
      store: rig.store,
      job: 'alert-monitor',
      instanceId: 'test',
      leaseSeconds: 15,
      logger: logs.logger,
    });
    rig.monitor = new AlertMonitor({
      source: options.source ? options.source(gateway) : graphSource(gateway),
      incidents: rig.incidents,
      subscriptions: rig.subscriptions,
      digests: new DigestStore(rig.store),
      notifier,
      settings: alertSettings(60, options.settings),
      logger: logs.logger,
      now: options.now ?? (() => new Date()),
      leader: rig.leader,
    });
    await rig.leader.start();
  };
  await build();
  rig.restart = async () => {
    await rig.leader.stop();
    await rig.store.close();
    await build();
  };
  rig.cycle = async (configuration) => {
    const reply = await sim.control('POST', `/configurations/${encodeURIComponent(configuration)}/cycle`);
    if (reply.status !== 200) throw new Error(`cycle failed: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  rig.subscribe = async (id, filter = {}, extra = {}) => {
    await rig.subscriptions.update(id, () => ({
      id,
      reference: { conversation: { id } },
      filter: { quarantineOnly: false, ...filter },
      alerts: true,
      digest: false,
      createdBy: { id: 'u1', displayName: 'Alex Wilber' },
      createdAt: new Date().toISOString(),
      ...extra,
    }));
  };
  rig.stop = async () => {
    await rig.leader.stop();
    await rig.store.close();
    await sim.stop();
  };
  return rig;
}

export async function breakPolicy(
  sim: TestSimulator,
  tenant: string,
  what: string,
  partner: string,
  repair = false,
): Promise<void> {
  const reply = await sim.control('POST', `/tenants/${tenant}/${repair ? 'repair' : 'break'}`, { what, partner });
  if (reply.status !== 200) throw new Error(`policy change failed: ${JSON.stringify(reply.body)}`);
}
