import { describe, expect, it } from 'vitest';
import { INITIAL_BUDGET_LEDGER, INITIAL_SYNC_PROGRESS } from '../db/syncStateRows.ts';
import type { BudgetPolicy } from './budget.ts';
import { deriveSyncStatus } from './syncStatus.ts';

const NOW = Date.UTC(2026, 0, 15, 12);
const policy: BudgetPolicy = { defaultLimit: 15, windowMs: 3_600_000, askThrottle: true };
const idle = { running: false, progress: null, lastResult: null, wait: null, contact: null };
const shared = (progress: Partial<typeof INITIAL_SYNC_PROGRESS> = {}) => ({
  progress: { ...INITIAL_SYNC_PROGRESS, ...progress },
  budget: { ...INITIAL_BUDGET_LEDGER, requests: [NOW - 1000, NOW - 500] },
});

describe('deriveSyncStatus', () => {
  it('says offline first, keeping when the last sync finished', () => {
    const status = deriveSyncStatus({
      online: false,
      local: { ...idle, running: true },
      shared: shared({ lastSuccessAt: NOW - 5000 }),
      policy,
      now: NOW,
    });
    expect(status).toMatchObject({
      kind: 'offline',
      lastSuccessAt: NOW - 5000,
      budget: { remaining: 13, limit: 15 },
    });
  });
  it('shows this tab’s progress, or another tab’s while it is fresh', () => {
    expect(
      deriveSyncStatus({
        online: true,
        local: { ...idle, running: true, progress: { done: 200, total: 1100 } },
        shared: shared(),
        policy,
        now: NOW,
      }),
    ).toMatchObject({ kind: 'syncing', progress: { done: 200, total: 1100 } });
    const other = shared({ progress: { done: 300, total: 1100, updatedAt: NOW - 10_000 } });
    expect(
      deriveSyncStatus({ online: true, local: idle, shared: other, policy, now: NOW }).kind,
    ).toBe('syncing');
    // A tab that closed mid-run leaves a stale row behind: not shown as syncing forever.
    expect(
      deriveSyncStatus({ online: true, local: idle, shared: other, policy, now: NOW + 10 * 60_000 })
        .kind,
    ).toBe('never-synced');
  });
  it('reports a failure with its reason and retry time', () => {
    const failed = shared({
      lastError: { kind: 'http', message: 'Server problem.', at: NOW },
      retryAt: NOW + 60_000,
    });
    expect(
      deriveSyncStatus({ online: true, local: idle, shared: failed, policy, now: NOW }),
    ).toMatchObject({ kind: 'failed', reason: 'Server problem.', retryAt: NOW + 60_000 });
  });
  it('reports a throttle (429 or spent budget) with the next try', () => {
    const throttled = shared({
      lastError: { kind: 'throttled', message: 'Limited.', at: NOW },
      retryAt: NOW + 600_000,
    });
    expect(
      deriveSyncStatus({ online: true, local: idle, shared: throttled, policy, now: NOW }),
    ).toMatchObject({ kind: 'throttled', retryAt: NOW + 600_000 });
    const budgetStop = shared({ lastSuccessAt: NOW - 1, retryAt: NOW + 5000 });
    expect(
      deriveSyncStatus({ online: true, local: idle, shared: budgetStop, policy, now: NOW }).kind,
    ).toBe('throttled');
  });
  it('is up to date after a success', () => {
    expect(
      deriveSyncStatus({
        online: true,
        local: idle,
        shared: shared({ lastSuccessAt: NOW - 1, fullSyncCompletedAt: NOW - 2 }),
        policy,
        now: NOW,
      }),
    ).toMatchObject({ kind: 'up-to-date', fullSyncCompleted: true });
  });
});

describe('deriveSyncStatus with a failure the store could not record', () => {
  it('shows the failure this tab met even when the shared row has none', () => {
    const failure = {
      kind: 'storage' as const,
      message: 'This device has no room left to store events.',
      at: NOW,
    };
    const local = {
      running: false,
      progress: null,
      wait: null,
      contact: null,
      lastResult: {
        status: 'ran' as const,
        outcome: {
          status: 'failed' as const,
          requests: 1,
          written: 0,
          removed: 0,
          rejected: 0,
          reconciled: false,
          retryAt: NOW + 30_000,
          failure,
        },
      },
    };
    expect(
      deriveSyncStatus({ online: true, local, shared: shared(), policy, now: NOW }),
    ).toMatchObject({ kind: 'failed', reason: failure.message });
  });

  it('says what the engine waits for: an inline wait, a spent budget, a server error', () => {
    const inline = deriveSyncStatus({
      online: true,
      local: {
        ...idle,
        running: true,
        progress: { done: 100, total: 1612 },
        wait: { cause: 'throttled', until: NOW + 38_000, httpStatus: 429 },
      },
      shared: shared(),
      policy,
      now: NOW,
    });
    expect(inline).toMatchObject({
      kind: 'syncing',
      wait: { cause: 'throttled', until: NOW + 38_000 },
    });

    // A run stopped by the budget: fresh progress is not "syncing", the first walk is kept.
    const budget = deriveSyncStatus({
      online: true,
      local: idle,
      shared: shared({
        retryAt: NOW + 20 * 60_000,
        progress: { done: 1300, total: 1612, updatedAt: NOW - 1000 },
        firstWalk: { done: 1300, total: 1612 },
      }),
      policy,
      now: NOW,
    });
    expect(budget).toMatchObject({
      kind: 'throttled',
      wait: { cause: 'budget', until: NOW + 20 * 60_000, httpStatus: null },
      firstWalk: { done: 1300, total: 1612 },
      budget: { windowMs: 3_600_000 },
    });

    const serverError = deriveSyncStatus({
      online: true,
      local: idle,
      shared: shared({
        lastError: { kind: 'http', message: 'Server problem.', at: NOW, status: 503 },
        retryAt: NOW + 60_000,
      }),
      policy,
      now: NOW,
    });
    expect(serverError).toMatchObject({
      kind: 'failed',
      wait: { cause: 'server-error', until: NOW + 60_000, httpStatus: 503 },
    });
  });
});
