/**
 * Mutual exclusion of sync runs across tabs (DESIGN §3: one tab syncs at a time). In browsers this
 * is the Web Locks API; Node has none, so the lock is injected and tests use the in-memory one.
 */
export interface SyncLock {
  /**
   * Runs `task` holding the lock `name`, or returns `{ acquired: false }` at once when another
   * holder has it (a second tab does not queue a duplicate sync behind the first).
   */
  runExclusive<T>(
    name: string,
    task: () => Promise<T>,
  ): Promise<{ acquired: true; value: T } | { acquired: false }>;
}

interface WebLocks {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** The Web Locks API of this browser, or null where there is none. */
export function webLocks(): SyncLock | null {
  const locks = (globalThis.navigator as { locks?: WebLocks } | undefined)?.locks;
  if (locks === undefined) return null;
  return {
    async runExclusive<T>(name: string, task: () => Promise<T>) {
      let result: { acquired: true; value: T } | { acquired: false } = { acquired: false };
      await locks.request(name, { ifAvailable: true }, async (lock) => {
        // Web Locks calls back with null when `ifAvailable` finds the lock taken.
        if (lock === null) return;
        result = { acquired: true, value: await task() };
      });
      return result;
    },
  };
}

/** A lock shared by everything holding the same instance: stands in for Web Locks in Node and tests. */
export function createInMemoryLock(): SyncLock {
  const held = new Set<string>();
  return {
    async runExclusive(name, task) {
      if (held.has(name)) return { acquired: false };
      held.add(name);
      try {
        return { acquired: true, value: await task() };
      } finally {
        held.delete(name);
      }
    },
  };
}

export function syncLockName(apiBaseUrl: string): string {
  return `rendezvous-sync:${apiBaseUrl}`;
}
