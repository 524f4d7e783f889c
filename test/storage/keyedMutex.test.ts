import assert from 'node:assert/strict';
import { KeyedMutex } from '../../src/storage/keyedMutex';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('runs work for one key one at a time, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    const turn = (name: string) =>
      mutex.run('19:abc@thread.tacv2', async () => {
        events.push(`${name} start`);
        await tick();
        await tick();
        events.push(`${name} end`);
        return name;
      });
    assert.deepEqual(await Promise.all([turn('a'), turn('b'), turn('c')]), ['a', 'b', 'c']);
    assert.deepEqual(events, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    assert.equal(mutex.activeKeys, 0);
  });

  it('lets different keys run side by side', async () => {
    const mutex = new KeyedMutex();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const first = mutex.run('conversation-1', async () => {
      events.push('1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      events.push('1 end');
    });
    await mutex.run('conversation-2', async () => void events.push('2 ran'));
    releaseFirst();
    await first;
    assert.deepEqual(events, ['1 start', '2 ran', '1 end']);
  });

  it('releases the key when work fails, and passes the failure to its caller only', async () => {
    const mutex = new KeyedMutex();
    const failing = mutex.run('k', async () => {
      throw new Error('turn failed');
    });
    const next = mutex.run('k', async () => 'next ran');
    await assert.rejects(failing, /turn failed/);
    assert.equal(await next, 'next ran');
    assert.equal(mutex.activeKeys, 0);
  });
});
