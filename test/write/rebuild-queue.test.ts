/**
 * When `tolk serve` rebuilds (write/watch.ts rebuildQueue), on a fake clock: saves close together
 * make one rebuild, never two run at a time, a stream of changes cannot hold a rebuild off for
 * ever, and a rebuild that throws is handed on and does not stop the rebuilds after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rebuildQueue } from '../../src/write/watch.js';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

/** A queue whose rebuilds end when the test says so (or throw `fails`); records what each was given. */
function recordingQueue(fails: (changed: string[]) => Error | null = () => null) {
  const runs: string[][] = [];
  const errors: { error: unknown; changed: string[] }[] = [];
  let finish = () => {};
  const queue = rebuildQueue((changed) => {
    runs.push(changed);
    const failure = fails(changed);
    if (failure) return Promise.reject(failure);
    return new Promise<void>((done) => { finish = done; });
  }, { quietMs: 200, maxWaitMs: 2000, onError: (error, changed) => { errors.push({ error, changed }); } });
  return { queue, runs, errors, finish: async () => { finish(); await vi.advanceTimersByTimeAsync(0); } };
}

describe('rebuild queue', () => {
  it('saves close together make one rebuild with all their paths', async () => {
    const { queue, runs } = recordingQueue();
    queue.start();
    queue.changed('b.md');
    await vi.advanceTimersByTimeAsync(150);
    queue.changed('a.md');
    queue.changed('b.md');
    await vi.advanceTimersByTimeAsync(150);
    expect(runs).toEqual([]); // still within the quiet period of the last save
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([['a.md', 'b.md']]);
  });

  it('changes during a rebuild make exactly one more after it; none before start()', async () => {
    const { queue, runs, finish } = recordingQueue();
    queue.changed('early.md');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([]);
    queue.start();
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([['early.md']]);
    queue.changed('x.md');
    queue.changed('y.md');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs.length).toBe(1); // never two at a time
    await finish();
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([['early.md'], ['x.md', 'y.md']]);
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs.length).toBe(2);
    queue.close();
    queue.changed('z.md');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs.length).toBe(2);
  });

  it('a file changing every 100 ms (never quiet for 200 ms) still gets a rebuild 2 s after its first change, and every 2 s after', async () => {
    const { queue, runs, finish } = recordingQueue();
    queue.start();
    const changeEvery100ms = async (ms: number) => {
      for (let t = 0; t < ms; t += 100) { queue.changed('sync.log.md'); await vi.advanceTimersByTimeAsync(100); }
    };
    await changeEvery100ms(1900);
    expect(runs).toEqual([]);
    await changeEvery100ms(100);
    expect(runs).toEqual([['sync.log.md']]);
    await finish();
    await changeEvery100ms(2000);
    expect(runs.length).toBe(2);
  });

  it('a rebuild that throws is handed to onError with its paths, and the next change rebuilds again', async () => {
    const { queue, runs, errors, finish } = recordingQueue((changed) => changed.includes('bad.md') ? new Error('boom') : null);
    queue.start();
    queue.changed('bad.md');
    await vi.advanceTimersByTimeAsync(200);
    expect(errors.map((e) => [(e.error as Error).message, e.changed])).toEqual([['boom', ['bad.md']]]);
    queue.changed('good.md');
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([['bad.md'], ['good.md']]);
    await finish();
  });
});
