import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchSourceWrites } from '../../db/sourceDatabase.ts';
import { useSource } from './useSource.ts';
import { eventKeys } from '../queries/eventQueries.ts';

/** The least time between two re-reads of the store while writes keep coming (decision 032). */
const MIN_REFRESH_INTERVAL_MS = 2_000;
/**
 * No write for this long: the writer has stopped (a sync writes a page every few hundred
 * milliseconds), so the last write is read at once instead of at the end of the interval.
 */
const QUIET_MS = 300;

/**
 * Keeps the event queries current: a committed write to the store (a sync page in this tab or
 * another) invalidates them, so lists and details re-read IndexedDB.
 *
 * A first sync writes a page every few hundred milliseconds, and re-reading the whole list after
 * each would cost time proportional to the archive for every page — quadratic in all, minutes at
 * 100,000 events. So the first write refreshes at once and later ones are coalesced: a re-read
 * never starts while one is running, and waits at least as long as the last one took (and
 * `MIN_REFRESH_INTERVAL_MS`), so reading takes at most about half the time a long sync runs.
 * The last write is always followed by a re-read, within `QUIET_MS` once no other follows it.
 */
export function useFollowSourceWrites(): void {
  const { db } = useSource();
  const queryClient = useQueryClient();
  useEffect(() => {
    const queryKey = eventKeys.all(db.apiBaseUrl);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let quietTimer: ReturnType<typeof setTimeout> | null = null;
    let reading = false;
    let pending = false;
    let nextAllowedAt = 0;
    /** A quiet writer is read sooner, but never sooner than the last read took. */
    let quietAllowedAt = 0;
    let lastWriteAt = 0;

    const schedule = (at = nextAllowedAt) => {
      if (reading) return;
      if (timer !== null) {
        if (at >= nextAllowedAt) return;
        clearTimeout(timer);
      }
      timer = setTimeout(refresh, Math.max(0, at - Date.now()));
    };
    const refresh = () => {
      timer = null;
      pending = false;
      reading = true;
      const startedAt = Date.now();
      void queryClient.invalidateQueries({ queryKey }).finally(() => {
        const tookMs = Date.now() - startedAt;
        reading = false;
        nextAllowedAt = Date.now() + Math.max(MIN_REFRESH_INTERVAL_MS, tookMs);
        quietAllowedAt = Date.now() + tookMs;
        if (!pending) return;
        schedule(Date.now() - lastWriteAt >= QUIET_MS ? quietAllowedAt : nextAllowedAt);
      });
    };
    const stop = watchSourceWrites(db, () => {
      pending = true;
      lastWriteAt = Date.now();
      schedule();
      if (quietTimer !== null) clearTimeout(quietTimer);
      quietTimer = setTimeout(() => {
        quietTimer = null;
        // A read under way schedules the next when it ends (above).
        if (pending) schedule(quietAllowedAt);
      }, QUIET_MS);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
      if (quietTimer !== null) clearTimeout(quietTimer);
    };
  }, [db, queryClient]);
}
