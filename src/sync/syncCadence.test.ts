import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../db/eventSummary.ts';
import { INITIAL_SYNC_PROGRESS, type SyncProgressRow } from '../db/syncStateRows.ts';
import type { BudgetView } from './budget.ts';
import { heatOf, nextScheduledSyncAt } from './syncCadence.ts';

const NOW = Date.UTC(2026, 0, 15, 12);
const MIN = 60_000;

function summary(dateMs: number | null, webcastLive = false): EventSummary {
  return {
    dateMs,
    datePrecisionId: 1,
    durationMs: null,
    webcastLive,
    webcasts: [],
  } as unknown as EventSummary;
}

const synced: SyncProgressRow = {
  ...INITIAL_SYNC_PROGRESS,
  fullSyncCompletedAt: NOW - 100 * MIN,
  lastSuccessAt: NOW,
};
const metered: BudgetView = { limit: 15, remaining: 10, nextSlotAt: null };
const unmetered: BudgetView = { limit: null, remaining: Infinity, nextSlotAt: null };

describe('heatOf', () => {
  it('is live when a webcast is on or an event is within the hour', () => {
    expect(heatOf([summary(NOW + 3 * 60 * MIN, true)], NOW)).toBe('live');
    expect(heatOf([summary(NOW - 30 * MIN)], NOW)).toBe('live');
  });
  it('is not live for a stale flag on an event dated two days ago', () => {
    expect(heatOf([summary(NOW - 48 * 60 * MIN, true)], NOW)).toBe('calm');
  });
  it('is soon when an event is within a day, calm otherwise', () => {
    expect(heatOf([summary(NOW + 5 * 60 * MIN), summary(null)], NOW)).toBe('soon');
    expect(heatOf([summary(NOW - 5 * 60 * MIN)], NOW)).toBe('calm');
    expect(heatOf([], NOW)).toBe('calm');
  });
});

describe('nextScheduledSyncAt', () => {
  it('continues an unfinished first download at once', () => {
    expect(
      nextScheduledSyncAt({
        state: INITIAL_SYNC_PROGRESS,
        budget: metered,
        reserve: 2,
        heat: 'calm',
        now: NOW,
      }),
    ).toBe(NOW);
  });
  it('syncs more often when something is happening, and more eagerly when unmetered', () => {
    const at = (heat: 'live' | 'soon' | 'calm', budget = metered) =>
      nextScheduledSyncAt({ state: synced, budget, reserve: 2, heat, now: NOW }) - NOW;
    expect(at('live')).toBe(5 * MIN);
    expect(at('soon')).toBe(20 * MIN);
    expect(at('calm')).toBe(60 * MIN);
    expect(at('live', unmetered)).toBe(1 * MIN);
    expect(at('calm', unmetered)).toBe(15 * MIN);
  });
  it('waits for the retry time after a failure or a 429', () => {
    const state = { ...synced, retryAt: NOW + 90 * MIN };
    expect(
      nextScheduledSyncAt({ state, budget: metered, reserve: 2, heat: 'live', now: NOW }),
    ).toBe(NOW + 90 * MIN);
  });
  it('never goes above the budget: waits for a free slot above the reserve', () => {
    const budget = { limit: 15, remaining: 0, nextSlotAt: NOW + 42 * MIN };
    expect(nextScheduledSyncAt({ state: synced, budget, reserve: 2, heat: 'live', now: NOW })).toBe(
      NOW + 42 * MIN,
    );
  });
});
