import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../sync/syncStatus.ts';
import { describeSyncNow } from './describeSyncNow.ts';
import { describeSyncStatus } from './describeSyncStatus.ts';

// Local time, so the clock times below read the same in every time zone the tests run in.
const NOW = new Date(2026, 0, 15, 18, 0, 0).getTime();
const at = (hours: number, minutes: number, seconds = 0) =>
  new Date(2026, 0, 15, hours, minutes, seconds).getTime();
const base: SyncStatus = {
  kind: 'up-to-date',
  lastSuccessAt: NOW - 120_000,
  progress: null,
  retryAt: null,
  reason: null,
  budget: { remaining: 12, limit: 15, windowMs: 3_600_000 },
  wait: null,
  firstWalk: null,
  rejectedRecords: 0,
  fullSyncCompleted: true,
};

describe('describeSyncStatus', () => {
  it('uses the words of the design for every state', () => {
    expect(describeSyncStatus(base, NOW)).toEqual({
      headline: 'Up to date, synced 2 min ago',
      detail: null,
      budget: '12 of 15 requests left this hour',
      announcement: 'Up to date, synced 2 min ago',
    });
    expect(describeSyncStatus({ ...base, kind: 'offline' }, NOW)).toMatchObject({
      headline: 'Offline',
      detail: 'Last synced 2 min ago',
    });
    expect(
      describeSyncStatus({ ...base, kind: 'syncing', progress: { done: 300, total: 1100 } }, NOW)
        .headline,
    ).toBe('Syncing 300 of 1,100');
    expect(
      describeSyncStatus({ ...base, kind: 'throttled', retryAt: NOW + 14 * 60_000 }, NOW).headline,
    ).toBe('Throttled, next try in 14 min');
    expect(
      describeSyncStatus(
        {
          ...base,
          kind: 'failed',
          reason: 'Launch Library 2 had a server problem (HTTP 503). Try again later.',
          retryAt: NOW + 30_000,
        },
        NOW,
      ),
    ).toMatchObject({
      headline: 'Failed: Launch Library 2 had a server problem (HTTP 503), retrying in 30 s',
      detail: 'Try again later. Last synced 2 min ago.',
    });
  });
  it('leaves the budget out for an unmetered source and counts skipped records', () => {
    expect(describeSyncStatus({ ...base, budget: null, rejectedRecords: 2 }, NOW)).toMatchObject({
      budget: null,
      detail: '2 unreadable records skipped',
    });
  });
});

describe('what each wait says, with its time', () => {
  it('counts an inline 429 wait down, and says the clock time to screen readers', () => {
    const status: SyncStatus = {
      ...base,
      kind: 'syncing',
      progress: { done: 300, total: 1612 },
      wait: { cause: 'throttled', until: NOW + 38_000, httpStatus: 429 },
    };
    expect(describeSyncStatus(status, NOW)).toMatchObject({
      headline: 'Throttled by the API — next try in 38 s',
      detail: 'Syncing 300 of 1,612',
      announcement: 'Throttled by the API — next try at 18:00:38',
    });
    expect(describeSyncStatus(status, NOW + 30_000).headline).toBe(
      'Throttled by the API — next try in 8 s',
    );
    // Once the wait is over, the run is simply syncing again.
    expect(describeSyncStatus(status, NOW + 38_000).headline).toBe('Syncing 300 of 1,612');
    expect(describeSyncNow(status, NOW)).toBe(
      'Sync now — a sync is under way, waiting for the API’s throttle (next try in 38 s)',
    );
  });

  it('says when a spent hourly budget lets the sync continue, in local clock time', () => {
    const status: SyncStatus = {
      ...base,
      kind: 'throttled',
      retryAt: at(18, 41, 20),
      wait: { cause: 'budget', until: at(18, 41, 20), httpStatus: null },
      budget: { remaining: 0, limit: 15, windowMs: 3_600_000 },
      fullSyncCompleted: false,
      firstWalk: { done: 1_300, total: 1_612 },
    };
    expect(describeSyncStatus(status, NOW)).toMatchObject({
      // Rounded up to the minute: never a time before the sync can really go on.
      headline: 'Hourly limit used — continues at 18:42',
      detail: '1,300 of 1,612 events stored',
      budget: '0 of 15 requests left this hour',
    });
    expect(describeSyncNow(status, NOW)).toBe(
      'Sync now — waits for the hourly limit (18:42); the sync continues then by itself',
    );
    const shortWindow = { ...status, budget: { remaining: 0, limit: 15, windowMs: 60_000 } };
    expect(describeSyncStatus(shortWindow, at(18, 41, 0)).headline).toBe(
      'Request limit used — continues in 20 s',
    );
  });

  it('says a long 429 that ended the run with the clock time of the next try', () => {
    const status: SyncStatus = {
      ...base,
      kind: 'throttled',
      retryAt: at(18, 14, 0),
      wait: { cause: 'throttled', until: at(18, 14, 0), httpStatus: 429 },
    };
    expect(describeSyncStatus(status, NOW).headline).toBe(
      'Throttled by the API — next try at 18:14',
    );
    expect(describeSyncNow(status, NOW)).toBe(
      'Sync now — waits for the API’s throttle (next try at 18:14)',
    );
  });

  it('says a server error and when the engine retries, inline or after the run', () => {
    const inline: SyncStatus = {
      ...base,
      kind: 'syncing',
      progress: { done: 0, total: null },
      wait: { cause: 'server-error', until: NOW + 4_000, httpStatus: 503 },
    };
    expect(describeSyncStatus(inline, NOW)).toMatchObject({
      headline: 'The source failed (HTTP 503) — retrying in 4 s',
      detail: 'Syncing',
    });
    const later: SyncStatus = {
      ...base,
      kind: 'failed',
      reason: 'Launch Library 2 had a server problem (HTTP 503). Try again later.',
      retryAt: at(18, 5, 0),
      wait: { cause: 'server-error', until: at(18, 5, 0), httpStatus: 503 },
    };
    expect(describeSyncStatus(later, NOW)).toMatchObject({
      headline: 'The source failed (HTTP 503) — retrying at 18:05',
      detail: 'Last synced 2 min ago',
    });
    expect(describeSyncNow(later, NOW)).toBe(
      'Sync now — tries the source again at once instead of at 18:05',
    );
    const timeout: SyncStatus = {
      ...later,
      wait: { cause: 'timeout', until: NOW + 90_000, httpStatus: null },
    };
    expect(describeSyncStatus(timeout, NOW).headline).toBe(
      'The source did not answer in time — retrying in 90 s',
    );
  });

  it('says what "Sync now" does offline, and nothing extra when there is no wait', () => {
    expect(describeSyncNow({ ...base, kind: 'offline' }, NOW)).toBe(
      'Sync now — checks at once whether the source can be reached',
    );
    expect(describeSyncNow(base, NOW)).toBeNull();
  });
});
