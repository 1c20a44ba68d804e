import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../sync/syncStatus.ts';
import { describeSyncStatus, formatAgo } from './describeSyncStatus.ts';

const NOW = Date.UTC(2026, 0, 15, 12);
const base: SyncStatus = {
  kind: 'up-to-date',
  lastSuccessAt: NOW - 120_000,
  progress: null,
  retryAt: null,
  reason: null,
  budget: { remaining: 12, limit: 15 },
  rejectedRecords: 0,
  fullSyncCompleted: true,
};

describe('describeSyncStatus', () => {
  it('uses the words of the design for every state', () => {
    expect(describeSyncStatus(base, NOW)).toEqual({
      headline: 'Up to date, synced 2 min ago',
      detail: null,
      budget: '12 of 15 requests left this hour',
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

describe('formatAgo', () => {
  it('says how long ago in words', () => {
    expect(formatAgo(NOW - 10_000, NOW)).toBe('just now');
    expect(formatAgo(NOW - 5 * 60_000, NOW)).toBe('5 min ago');
    expect(formatAgo(NOW - 3 * 3_600_000, NOW)).toBe('3 h ago');
  });
});
