import type { NewsFetchRow } from '../../../db/newsRows.ts';

/** Opening an event asks again once its news is this old (a reload right away costs nothing). */
export const NEWS_MAX_AGE_ON_OPEN_MS = 15 * 60_000;
/** The watchlist's news is refreshed at most this often. */
export const NEWS_MAX_AGE_IN_BACKGROUND_MS = 3 * 60 * 60_000;
/** A batched request names at most this many events (the URL stays short). */
export const NEWS_BATCH_MAX_EVENTS = 100;

/**
 * True when an event's news should be asked for again: never fetched, fetched from another news
 * source, older than `maxAgeMs`, or stamped in the future (a clock that was wrong).
 */
export function isNewsStale(
  fetch: NewsFetchRow | undefined,
  newsBaseUrl: string,
  nowMs: number,
  maxAgeMs: number,
): boolean {
  if (fetch === undefined || fetch.newsBaseUrl !== newsBaseUrl) return true;
  const age = nowMs - fetch.fetchedAtMs;
  return age >= maxAgeMs || age < -60_000;
}

/** The events of `eventIds` whose news is stale, in the given order, at most one batch of them. */
export function staleNewsEvents(
  eventIds: readonly number[],
  fetches: readonly (NewsFetchRow | undefined)[],
  newsBaseUrl: string,
  nowMs: number,
  maxAgeMs: number,
): number[] {
  const stale = eventIds.filter((_, index) =>
    isNewsStale(fetches[index], newsBaseUrl, nowMs, maxAgeMs),
  );
  return [...new Set(stale)].slice(0, NEWS_BATCH_MAX_EVENTS);
}
