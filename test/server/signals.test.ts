import assert from 'node:assert/strict';
import { stopOnSignals } from '../../src/server/signals';
import { captureLogs, LEVEL } from '../support/logs';

describe('stopOnSignals', () => {
  it('on SIGTERM runs the stop steps in order once, then exits 0', async () => {
    const logs = captureLogs();
    const done: string[] = [];
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const dispose = stopOnSignals(
      logs.logger,
      [async () => void done.push('server'), async () => void done.push('storage')],
      exited,
    );
    try {
      process.emit('SIGTERM', 'SIGTERM');
      process.emit('SIGINT', 'SIGINT');
      assert.equal(await exit, 0);
      assert.deepEqual(done, ['server', 'storage']);
      assert.equal(logs.find('shutting down').length, 1);
    } finally {
      dispose();
    }
  });

  it('exits 1 and logs when a step fails', async () => {
    const logs = captureLogs();
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const dispose = stopOnSignals(
      logs.logger,
      [async () => Promise.reject(new Error('storage would not close'))],
      exited,
    );
    try {
      process.emit('SIGINT', 'SIGINT');
      assert.equal(await exit, 1);
      const [logged] = logs.find('did not shut down cleanly');
      assert.equal(logged.level, LEVEL.error);
    } finally {
      dispose();
    }
  });
});
