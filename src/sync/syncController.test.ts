import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ll2Client } from '../api/client.ts';
import { SourceDatabase } from '../db/sourceDatabase.ts';
import { readBudgetLedger } from '../db/syncStateStore.ts';
import { LEDGER_MARGIN_MS, type BudgetPolicy } from './budget.ts';
import {
  SCHEDULED_RESERVE,
  createSyncController,
  type SyncControllerOptions,
} from './syncController.ts';
import { createInMemoryLock } from './syncLock.ts';
import { SYNC_TEST_START, UNMETERED, sampleServerPerTest } from './testing/sampleSyncHarness.ts';
import { answeredRequests } from './testing/sampleServer.ts';

const sample = sampleServerPerTest({ size: 150 });
let databases: SourceDatabase[];

beforeEach(() => {
  databases = [];
});

afterEach(async () => {
  for (const db of databases) db.close();
  await new SourceDatabase(sample.server.baseUrl).delete();
});

/** A "tab": its own connection to the same database, sharing the lock the browser would share. */
function openTab(options: Partial<SyncControllerOptions> & Pick<SyncControllerOptions, 'lock'>) {
  const db = new SourceDatabase(sample.server.baseUrl);
  databases.push(db);
  return {
    db,
    controller: createSyncController({
      client: sample.client,
      db,
      clock: sample.clock,
      policy: UNMETERED,
      ...options,
    }),
  };
}

describe('createSyncController', () => {
  it('never lets two tabs sync at once: the second finds the lock taken', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const counting: Ll2Client = {
      ...sample.client,
      getEventsPage: async (request) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await sample.client.getEventsPage(request);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const lock = createInMemoryLock();
    const first = openTab({ lock, client: counting });
    const second = openTab({ lock, client: counting });

    const [a, b] = await Promise.all([first.controller.syncNow(), second.controller.syncNow()]);

    expect([a.status, b.status].sort()).toEqual(['busy', 'ran']);
    expect(maxInFlight).toBe(1);
    // The tab that did not sync still sees the result: same database.
    expect(await second.db.events.count()).toBe(150);
  });

  it('lets the next tab sync once the first has finished', async () => {
    const lock = createInMemoryLock();
    const first = openTab({ lock });
    const second = openTab({ lock });
    expect((await first.controller.syncNow()).status).toBe('ran');
    const again = await second.controller.syncNow();
    expect(again).toMatchObject({ status: 'ran', outcome: { status: 'up-to-date', requests: 1 } });
  });

  it('schedules by cadence: due at once for a first sync, then not until the interval has passed', async () => {
    const { controller } = openTab({ lock: createInMemoryLock() });
    expect((await controller.runIfDue()).status).toBe('ran');
    const notDue = await controller.runIfDue();
    expect(notDue.status).toBe('not-due');
    if (notDue.status !== 'not-due') return;
    expect(notDue.dueAt).toBeGreaterThan(sample.clock.now());
    sample.clock.advance(notDue.dueAt - sample.clock.now());
    expect((await controller.runIfDue()).status).toBe('ran');
  });

  it('keeps a reserve for the user: scheduled runs stop early, "Sync now" may use it', async () => {
    const policy: BudgetPolicy = { defaultLimit: 4, windowMs: 3_600_000, askThrottle: false };
    const { controller, db } = openTab({ lock: createInMemoryLock(), policy });

    // First paint and the first page of the walk, then the reserve stops it.
    const scheduled = await controller.runIfDue();
    expect(scheduled).toMatchObject({
      status: 'ran',
      outcome: { status: 'budget-exhausted', requests: 4 - SCHEDULED_RESERVE },
    });
    expect((await controller.runIfDue()).status).toBe('not-due');

    const user = await controller.syncNow();
    expect(user).toMatchObject({ status: 'ran', outcome: { status: 'up-to-date', requests: 1 } });
    expect((await readBudgetLedger(db)).requests).toHaveLength(3);
    expect(await db.events.count()).toBe(150);
  });

  it('says why "Sync now" cannot run when the budget is spent, without sending anything', async () => {
    const policy: BudgetPolicy = { defaultLimit: 2, windowMs: 3_600_000, askThrottle: false };
    const { controller } = openTab({ lock: createInMemoryLock(), policy });
    await controller.syncNow();
    const before = answeredRequests(sample.server).length;

    const refused = await controller.syncNow();

    expect(refused).toEqual({
      status: 'refused',
      reason: 'All 2 requests allowed per hour are used.',
      retryAt: SYNC_TEST_START + 3_600_000 + LEDGER_MARGIN_MS,
    });
    expect(answeredRequests(sample.server)).toHaveLength(before);
  });

  it('refreshes an opened event from /events/{id}/ and stores it', async () => {
    const { controller, db } = openTab({ lock: createInMemoryLock() });
    await controller.syncNow();
    const target = sample.server.data.events()[4];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.edit(target.id, { name: 'Fresh from the detail endpoint' });

    expect(await controller.refreshEvent(target.id)).toBe(true);
    expect((await db.events.get(target.id))?.name).toBe('Fresh from the detail endpoint');
    expect(answeredRequests(sample.server).at(-1)).toBe(`200 /events/${target.id}/?mode=detailed`);
    // Opened again straight away: no second request.
    expect(await controller.refreshEvent(target.id)).toBe(false);
  });

  it('removes an opened event the API no longer has', async () => {
    const { controller, db } = openTab({ lock: createInMemoryLock() });
    await controller.syncNow();
    const target = sample.server.data.events()[2];
    if (target === undefined) throw new Error('sample data too small');
    sample.server.data.remove(target.id);

    expect(await controller.refreshEvent(target.id)).toBe(false);
    expect(await db.events.get(target.id)).toBeUndefined();
  });

  it('re-downloads everything from scratch, keeping the budget ledger', async () => {
    const { controller, db } = openTab({ lock: createInMemoryLock() });
    await controller.syncNow();
    const target = sample.server.data.events()[0];
    if (target === undefined) throw new Error('sample data too small');
    const spent = (await readBudgetLedger(db)).requests.length;

    const result = await controller.redownloadEverything();

    expect(result).toMatchObject({ status: 'ran', outcome: { status: 'up-to-date' } });
    expect(await db.events.count()).toBe(150);
    expect((await readBudgetLedger(db)).requests.length).toBeGreaterThan(spent);
    expect(
      answeredRequests(sample.server).filter((line) => line.includes('/events/upcoming/')),
    ).toHaveLength(2);
  });

  it('publishes its running state and progress to subscribers', async () => {
    const { controller } = openTab({ lock: createInMemoryLock() });
    const seen: string[] = [];
    const unsubscribe = controller.subscribe(() => {
      const state = controller.getLocalState();
      seen.push(state.running ? `running ${state.progress?.done ?? 0}` : 'idle');
    });
    await controller.syncNow();
    unsubscribe();
    expect(seen[0]).toBe('running 0');
    expect(seen).toContain('running 100');
    expect(seen.at(-1)).toBe('idle');
  });
});

describe('createSyncController retain/release', () => {
  /** A client whose page requests wait until the test lets them go. */
  function heldClient() {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const held: Ll2Client = {
      ...sample.client,
      getEventsPage: async (request) => {
        await gate;
        return sample.client.getEventsPage(request);
      },
    };
    return {
      held,
      open: () => {
        open();
      },
    };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('keeps a run going when it is released and at once held again (StrictMode remount)', async () => {
    const { held, open } = heldClient();
    const { controller } = openTab({ lock: createInMemoryLock(), client: held });
    const release = controller.retain();
    const run = controller.syncNow();
    release();
    controller.retain();
    await tick();
    open();
    expect(await run).toMatchObject({ status: 'ran', outcome: { status: 'up-to-date' } });
  });

  it('aborts a run once the last holder has let go', async () => {
    const { held, open } = heldClient();
    const { controller } = openTab({ lock: createInMemoryLock(), client: held });
    const release = controller.retain();
    const run = controller.syncNow();
    release();
    await tick();
    open();
    expect(await run).toMatchObject({ status: 'ran', outcome: { status: 'aborted' } });
  });
});
