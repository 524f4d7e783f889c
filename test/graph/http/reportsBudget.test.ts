import assert from 'node:assert/strict';
import { ReportsBudget } from '../../../src/graph/http/reportsBudget';

/** The tenant's reports budget on a controlled clock (timers are real but short: a 50 ms window). */
describe('Graph reports budget (5 per window per tenant)', () => {
  it('lets 5 through at once, then people before the monitor, telling each waiter how long', async () => {
    const budget = new ReportsBudget({ limit: 5, windowMs: 50, marginMs: 0 });
    const order: string[] = [];
    for (let i = 0; i < 5; i++) await budget.take('person');
    const waits: Record<string, number> = {};
    const monitor = budget.take('background', (ms) => (waits.monitor = ms)).then(() => order.push('monitor'));
    const person = budget.take('person', (ms) => (waits.person = ms)).then(() => order.push('person'));
    await Promise.all([monitor, person]);
    assert.deepEqual(order, ['person', 'monitor']);
    assert.ok(waits.person > 0 && waits.person <= 50, JSON.stringify(waits));
    assert.ok(waits.monitor > 0 && waits.monitor <= 50, JSON.stringify(waits));
  });

  it('never lets more than the limit through within one window', async () => {
    const budget = new ReportsBudget({ limit: 5, windowMs: 40, marginMs: 0 });
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, () => budget.take('background').then(() => times.push(performance.now()))),
    );
    times.sort((a, b) => a - b);
    for (let i = 5; i < times.length; i++) assert.ok(times[i] - times[i - 5] >= 38, `${times[i] - times[i - 5]} ms`);
  });
});
