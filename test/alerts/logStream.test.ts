import assert from 'node:assert/strict';
import { graphSource } from '../../src/alerts/monitor/graphSource';
import { advanceStream } from '../../src/alerts/monitor/watermark';
import type { Page, ProvisioningLogEntry } from '../../src/domain';

const entry = (id: string, at: string, sp = 'sp-a'): ProvisioningLogEntry =>
  ({ id, activityDateTime: at, servicePrincipalId: sp }) as ProvisioningLogEntry;

/** The monitor's tenant-wide log stream: the gateway is faked at the edge, one page per request. */
describe('alert monitor: the tenant log stream', () => {
  it('leaves out entries already read at the watermark instant and keeps later ones from that instant', async () => {
    const asked: Date[] = [];
    const source = graphSource({
      listConfigurationJobs: async () => [],
      readProvisioningStream: async (since) => {
        asked.push(since);
        return { items: [entry('e1', '2025-01-01T00:00:00.500Z'), entry('e2', '2025-01-01T00:00:00.500Z')] };
      },
      nextProvisioningLogs: async () => ({ items: [] }),
    });
    const read = await source.newEntries({ watermark: '2025-01-01T00:00:00.500Z', boundaryIds: ['e1'] }, 2);
    assert.deepEqual(
      read.entries.map((e) => e.id),
      ['e2'],
    );
    assert.equal(asked[0].toISOString(), '2025-01-01T00:00:00.500Z');
    const cursor = advanceStream({ watermark: '2025-01-01T00:00:00.500Z', boundaryIds: ['e1'] }, read.entries);
    assert.deepEqual(cursor, { watermark: '2025-01-01T00:00:00.500Z', boundaryIds: ['e1', 'e2'] });
    const later = advanceStream(cursor, [entry('e3', '2025-01-01T00:00:01.000Z')]);
    assert.deepEqual(later, { watermark: '2025-01-01T00:00:01.000Z', boundaryIds: ['e3'] });
  });

  it('stops after maxRequests pages and says the stream goes on', async () => {
    let requests = 0;
    const page = (n: number): Page<ProvisioningLogEntry> => ({
      items: [entry(`p${n}`, `2025-01-01T00:00:0${n}.000Z`)],
      next: `/auditLogs/provisioning?$skiptoken=${n + 1}`,
    });
    const source = graphSource({
      listConfigurationJobs: async () => [],
      readProvisioningStream: async () => (requests++, page(0)),
      nextProvisioningLogs: async (next) => (requests++, page(Number(next.split('=')[1]))),
    });
    const read = await source.newEntries({ watermark: '2025-01-01T00:00:00.000Z', boundaryIds: [] }, 2);
    assert.equal(requests, 2);
    assert.equal(read.requests, 2);
    assert.equal(read.truncated, true);
    assert.deepEqual(
      read.entries.map((e) => e.id),
      ['p0', 'p1'],
    );
  });
});
