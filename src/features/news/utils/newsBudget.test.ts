import { describe, expect, it } from 'vitest';
import { EMPTY_NEWS_BUDGET } from '../../../db/newsStore.ts';
import {
  NEWS_REQUESTS_PER_WINDOW,
  NEWS_WINDOW_MS,
  recordNewsFailure,
  recordNewsSuccess,
  reserveNewsRequests,
} from './newsBudget.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');

describe('the news request budget', () => {
  it('spends up to the window’s allowance, then says when requests are free again', () => {
    let row = EMPTY_NEWS_BUDGET;
    for (let i = 0; i < NEWS_REQUESTS_PER_WINDOW / 2; i++) {
      const step = reserveNewsRequests(row, 2, T0 + i * 1000);
      expect(step.result).toEqual({ ok: true });
      row = step.row;
    }
    const refused = reserveNewsRequests(row, 2, T0 + 60_000);
    expect(refused.result).toEqual({
      ok: false,
      reason: 'budget',
      retryAtMs: T0 + NEWS_WINDOW_MS,
    });
    expect(reserveNewsRequests(row, 2, T0 + 1000 + NEWS_WINDOW_MS + 1).result).toEqual({
      ok: true,
    });
  });

  it('backs off 1, 2, 4 … minutes after failures, at most an hour, or as the server says', () => {
    let row = EMPTY_NEWS_BUDGET;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const step = recordNewsFailure(row, T0, 'down', null);
      waits.push((step.result - T0) / 60_000);
      row = step.row;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(reserveNewsRequests(row, 2, T0 + 59 * 60_000).result).toMatchObject({
      ok: false,
      reason: 'backoff',
    });
    expect(recordNewsFailure(EMPTY_NEWS_BUDGET, T0, 'throttled', 90).result).toBe(T0 + 90_000);
    const healed = recordNewsSuccess(row).row;
    expect(healed).toMatchObject({ failures: 0, retryAtMs: null, lastError: null });
    expect(reserveNewsRequests(healed, 2, T0).result).toEqual({ ok: true });
  });

  it('forgets request times from a clock that was ahead', () => {
    const row = {
      ...EMPTY_NEWS_BUDGET,
      requestsMs: Array.from({ length: 20 }, () => T0 + 3_600_000),
    };
    expect(reserveNewsRequests(row, 2, T0).result).toEqual({ ok: true });
  });
});
