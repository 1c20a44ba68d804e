import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryLock, webLocks } from './syncLock.ts';

/** Web Locks' `ifAvailable` semantics, as browsers implement them, for the adapter under test. */
function fakeLockManager() {
  const held = new Set<string>();
  return {
    async request<T>(
      name: string,
      _options: { ifAvailable: boolean },
      callback: (lock: unknown) => Promise<T>,
    ) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sync locks', () => {
  it('has no Web Locks in Node, so callers fall back to the in-memory lock', () => {
    vi.stubGlobal('navigator', {});
    expect(webLocks()).toBeNull();
  });

  for (const [name, makeLock] of [
    [
      'Web Locks adapter',
      () => {
        vi.stubGlobal('navigator', { locks: fakeLockManager() });
        const lock = webLocks();
        if (lock === null) throw new Error('expected Web Locks');
        return lock;
      },
    ],
    ['in-memory lock', createInMemoryLock],
  ] as const) {
    it(`${name}: a second holder is turned away while the first runs, then admitted`, async () => {
      const lock = makeLock();
      let release: () => void = () => undefined;
      const first = lock.runExclusive(
        'sync',
        () =>
          new Promise<string>(
            (resolve) =>
              (release = () => {
                resolve('first');
              }),
          ),
      );
      expect(await lock.runExclusive('sync', () => Promise.resolve('second'))).toEqual({
        acquired: false,
      });
      expect(await lock.runExclusive('other source', () => Promise.resolve('other'))).toEqual({
        acquired: true,
        value: 'other',
      });
      release();
      expect(await first).toEqual({ acquired: true, value: 'first' });
      expect(await lock.runExclusive('sync', () => Promise.resolve('third'))).toEqual({
        acquired: true,
        value: 'third',
      });
    });
  }
});
