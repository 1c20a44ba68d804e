// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDatePrecision, makeEvent } from '../../../api/testing/eventFactory.ts';
import { storeEventsPage } from '../../../db/eventWrites.ts';
import { loadShownReminders, setWatched } from '../../../db/personalStore.ts';
import { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { renderRoutesWithSource } from '../../../ui/testing/renderRoutesWithSource.tsx';
import { ReminderRunner } from './ReminderRunner.tsx';

const MIN = 60_000;
let db: SourceDatabase;
const shown: { title: string; body: string | undefined }[] = [];

/** A Notification API that has been granted, recording what it shows. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = () => Promise.resolve(FakeNotification.permission);
  onclick: (() => void) | null = null;
  constructor(title: string, options?: NotificationOptions) {
    shown.push({ title, body: options?.body });
  }
  close() {
    return undefined;
  }
}

beforeEach(async () => {
  shown.length = 0;
  vi.stubGlobal('Notification', FakeNotification);
  db = new SourceDatabase('https://reminder-runner.test/2.3.0');
  const now = Date.now();
  await storeEventsPage(
    db,
    [
      makeEvent({
        id: 1,
        name: 'Starred docking',
        date: new Date(now + 10 * MIN).toISOString(),
        date_precision: makeDatePrecision(1),
      }),
      makeEvent({
        id: 2,
        name: 'Unstarred docking',
        date: new Date(now + 10 * MIN).toISOString(),
        date_precision: makeDatePrecision(1),
      }),
    ],
    null,
  );
  await setWatched(db, 1, true, now);
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.delete();
});

function renderRunner() {
  renderRoutesWithSource(db, [{ path: '/', element: <ReminderRunner /> }], '/');
}

describe('ReminderRunner', () => {
  it('notifies of a starred event inside the lead time, once, and stores that it did', async () => {
    renderRunner();
    await expect
      .poll(() => shown)
      .toEqual([{ title: 'Starred docking', body: 'Starts in 15 min' }]);
    await expect.poll(async () => Object.keys(await loadShownReminders(db))).toHaveLength(1);
    cleanup();
    renderRunner();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown).toHaveLength(1);
  });

  it('reads no stored events while nothing is starred and no type is chosen', async () => {
    await setWatched(db, 1, false, Date.now());
    const reads = vi.spyOn(db.eventSummaries, 'toCollection');
    renderRunner();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reads).not.toHaveBeenCalled();

    // A star makes the runner read them and plan again.
    await setWatched(db, 1, true, Date.now());
    await expect
      .poll(() => shown)
      .toEqual([{ title: 'Starred docking', body: 'Starts in 15 min' }]);
    expect(reads).toHaveBeenCalled();
  });
});
