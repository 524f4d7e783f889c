import assert from 'node:assert/strict';
import { parseTimeRange } from '../../../src/sync/logs/timeRange';

const NOW = new Date('2025-03-05T15:30:00Z'); // a Wednesday

describe('sync/logs time phrases', () => {
  const cases: Array<[string, string | undefined, string | undefined, string]> = [
    ['today', '2025-03-05T00:00:00.000Z', undefined, 'today (UTC)'],
    ['Yesterday', '2025-03-04T00:00:00.000Z', '2025-03-05T00:00:00.000Z', 'yesterday (UTC)'],
    ['this week', '2025-03-03T00:00:00.000Z', undefined, 'this week (UTC)'],
    ['last 2 hours', '2025-03-05T13:30:00.000Z', undefined, 'the last 2 hours'],
    ['in the past 3 days', '2025-03-02T15:30:00.000Z', undefined, 'the last 3 days'],
    ['last hour', '2025-03-05T14:30:00.000Z', undefined, 'the last hour'],
    ['past 90 days', '2025-02-03T15:30:00.000Z', undefined, 'the last 90 days'],
  ];
  for (const [text, since, until, label] of cases) {
    it(`"${text}"`, () => {
      const range = parseTimeRange(text, NOW)!;
      assert.equal(range.since.toISOString(), since);
      assert.equal(range.until?.toISOString(), until);
      assert.equal(range.label, label);
    });
  }
  it('anything else is not a time', () => {
    for (const text of ['since the dawn of time', 'last 0 days', '', 'tomorrow', 'last 99999 days'])
      assert.equal(parseTimeRange(text, NOW), undefined, text);
  });
});
