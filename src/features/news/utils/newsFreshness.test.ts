import { describe, expect, it } from 'vitest';
import {
  isNewsStale,
  NEWS_BATCH_MAX_EVENTS,
  NEWS_MAX_AGE_IN_BACKGROUND_MS,
  NEWS_MAX_AGE_ON_OPEN_MS,
  staleNewsEvents,
} from './newsFreshness.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const NEWS = 'https://news.test/v4';
const fetched = (eventId: number, fetchedAtMs: number, newsBaseUrl = NEWS) => ({
  eventId,
  newsBaseUrl,
  fetchedAtMs,
});

describe('when news is asked for again', () => {
  it('never fetched, another news source, too old, or from the future', () => {
    expect(isNewsStale(undefined, NEWS, T0, NEWS_MAX_AGE_ON_OPEN_MS)).toBe(true);
    expect(
      isNewsStale(fetched(1, T0, 'https://other.test/v4'), NEWS, T0, NEWS_MAX_AGE_ON_OPEN_MS),
    ).toBe(true);
    expect(
      isNewsStale(fetched(1, T0), NEWS, T0 + NEWS_MAX_AGE_ON_OPEN_MS - 1, NEWS_MAX_AGE_ON_OPEN_MS),
    ).toBe(false);
    expect(
      isNewsStale(fetched(1, T0), NEWS, T0 + NEWS_MAX_AGE_ON_OPEN_MS, NEWS_MAX_AGE_ON_OPEN_MS),
    ).toBe(true);
    expect(isNewsStale(fetched(1, T0 + 3_600_000), NEWS, T0, NEWS_MAX_AGE_ON_OPEN_MS)).toBe(true);
  });

  it('the watchlist asks only for its stale events, each once, at most a batch', () => {
    const hourAgo = T0 - 3_600_000;
    const ids = [5, 6, 7, 5];
    const fetches = [
      undefined,
      fetched(6, hourAgo),
      fetched(7, T0 - NEWS_MAX_AGE_IN_BACKGROUND_MS),
      undefined,
    ];
    expect(staleNewsEvents(ids, fetches, NEWS, T0, NEWS_MAX_AGE_IN_BACKGROUND_MS)).toEqual([5, 7]);
    // The same hour-old fetch is stale for an opened page.
    expect(staleNewsEvents(ids, fetches, NEWS, T0, NEWS_MAX_AGE_ON_OPEN_MS)).toEqual([5, 6, 7]);
    const many = Array.from({ length: 250 }, (_, i) => i + 1);
    expect(staleNewsEvents(many, [], NEWS, T0, NEWS_MAX_AGE_ON_OPEN_MS)).toHaveLength(
      NEWS_BATCH_MAX_EVENTS,
    );
  });
});
