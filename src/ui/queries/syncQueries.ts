/** React Query keys of sync work (never under 'events': invalidating events must not start a sync). */
export const syncKeys = {
  all: (source: string) => ['sync', source] as const,
  scheduled: (source: string) => [...syncKeys.all(source), 'scheduled'] as const,
  now: (source: string) => [...syncKeys.all(source), 'now'] as const,
  refresh: (source: string, id: number) => [...syncKeys.all(source), 'refresh', id] as const,
};

/** How often the scheduler asks whether a sync is due. Asking reads IndexedDB only. */
export const SCHEDULE_CHECK_INTERVAL_MS = 30_000;
