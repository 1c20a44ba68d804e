import { describe, expect, it } from 'vitest';
import { INITIAL_BUDGET_LEDGER } from '../db/syncStateRows.ts';
import {
  budgetPolicyFor,
  LEDGER_MARGIN_MS,
  viewBudget,
  withBlock,
  withRequest,
  withThrottleAnswer,
  type BudgetPolicy,
} from './budget.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 15, 12);
const FIFTEEN: BudgetPolicy = { defaultLimit: 15, windowMs: HOUR, askThrottle: true };

describe('budgetPolicyFor', () => {
  it('meters production at 15 an hour and asks its throttle endpoint', () => {
    expect(budgetPolicyFor('https://ll.thespacedevs.com/2.3.0')).toEqual(FIFTEEN);
  });
  it('does not meter the development server; the sample server is metered only when it says so', () => {
    expect(budgetPolicyFor('https://lldev.thespacedevs.com/2.3.0')).toMatchObject({
      defaultLimit: null,
      askThrottle: false,
    });
    // Without a limit it reports 100,000, which counts as none; with one (tests, demos of a
    // 15-an-hour archive) the app learns it like production's.
    expect(budgetPolicyFor('http://localhost:5173/sample-api/2.3.0')).toMatchObject({
      defaultLimit: null,
      askThrottle: true,
    });
  });
  it('asks any other source, unmetered unless it answers', () => {
    expect(budgetPolicyFor('https://mirror.example.org/2.3.0')).toMatchObject({
      defaultLimit: null,
      askThrottle: true,
    });
  });
});

describe('viewBudget', () => {
  it('counts the requests of the last window against the limit', () => {
    let ledger = INITIAL_BUDGET_LEDGER;
    for (let i = 0; i < 14; i += 1) ledger = withRequest(ledger, NOW - HOUR + 60_000 + i * 1000);
    expect(viewBudget(ledger, FIFTEEN, NOW)).toEqual({ limit: 15, remaining: 1, nextSlotAt: null });
    ledger = withRequest(ledger, NOW);
    // Full: the oldest request leaves the window a minute from now (plus the margin for the
    // time it took to reach the server).
    expect(viewBudget(ledger, FIFTEEN, NOW)).toEqual({
      limit: 15,
      remaining: 0,
      nextSlotAt: NOW + 60_000 + LEDGER_MARGIN_MS,
    });
    expect(viewBudget(ledger, FIFTEEN, NOW + 60_001).remaining).toBe(0);
    expect(viewBudget(ledger, FIFTEEN, NOW + 60_001 + LEDGER_MARGIN_MS).remaining).toBe(1);
  });

  it('says when a request above a reserve can go: after as many requests leave as it needs', () => {
    let ledger = INITIAL_BUDGET_LEDGER;
    for (let i = 0; i < 13; i += 1) ledger = withRequest(ledger, NOW - HOUR + 60_000 + i * 1000);
    // 2 left, both kept in reserve: a third opens when the oldest request leaves the window.
    expect(viewBudget(ledger, FIFTEEN, NOW, 2)).toEqual({
      limit: 15,
      remaining: 2,
      nextSlotAt: NOW + 60_000 + LEDGER_MARGIN_MS,
    });
    ledger = withRequest(ledger, NOW);
    expect(viewBudget(ledger, FIFTEEN, NOW, 2).nextSlotAt).toBe(NOW + 61_000 + LEDGER_MARGIN_MS);
    expect(viewBudget(ledger, FIFTEEN, NOW, 0).nextSlotAt).toBeNull();
  });

  it('is unlimited for an unmetered source', () => {
    const policy: BudgetPolicy = { defaultLimit: null, windowMs: HOUR, askThrottle: false };
    expect(viewBudget(withRequest(INITIAL_BUDGET_LEDGER, NOW), policy, NOW)).toEqual({
      limit: null,
      remaining: Infinity,
      nextSlotAt: null,
    });
  });

  it('spends nothing while a 429 block lasts, metered or not', () => {
    const policy: BudgetPolicy = { defaultLimit: null, windowMs: HOUR, askThrottle: false };
    const blocked = withBlock(INITIAL_BUDGET_LEDGER, NOW + 30_000);
    expect(viewBudget(blocked, policy, NOW)).toEqual({
      limit: null,
      remaining: 0,
      nextSlotAt: NOW + 30_000,
    });
    expect(viewBudget(blocked, policy, NOW + 30_000).remaining).toBe(Infinity);
  });

  it('trusts the server when it has counted more than this device (another device, same IP)', () => {
    const ledger = withThrottleAnswer(
      withRequest(INITIAL_BUDGET_LEDGER, NOW - 1000),
      {
        your_request_limit: 15,
        limit_frequency_secs: 3600,
        current_use: 12,
        next_use_secs: 0,
        ident: 'x',
      },
      NOW,
    );
    expect(viewBudget(ledger, FIFTEEN, NOW).remaining).toBe(3);
    expect(viewBudget(withRequest(ledger, NOW + 1), FIFTEEN, NOW + 2).remaining).toBe(2);
  });

  it('takes a limit the server reports instead of the default', () => {
    const ledger = withThrottleAnswer(
      INITIAL_BUDGET_LEDGER,
      {
        your_request_limit: 210,
        limit_frequency_secs: 3600,
        current_use: 0,
        next_use_secs: 0,
        ident: 'key',
      },
      NOW,
    );
    expect(viewBudget(ledger, FIFTEEN, NOW)).toMatchObject({ limit: 210, remaining: 210 });
  });

  it('treats an enormous reported limit as no limit', () => {
    const ledger = withThrottleAnswer(
      INITIAL_BUDGET_LEDGER,
      {
        your_request_limit: 100_000,
        limit_frequency_secs: 3600,
        current_use: 3,
        next_use_secs: 0,
        ident: 'x',
      },
      NOW,
    );
    expect(
      viewBudget(ledger, { defaultLimit: null, windowMs: HOUR, askThrottle: true }, NOW).limit,
    ).toBeNull();
  });
});
