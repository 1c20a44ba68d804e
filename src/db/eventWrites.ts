import type { EventDetailed } from '../api/schemas.ts';
import type { EventChange } from './eventChange.ts';
import { toEventSummary } from './eventSummary.ts';
import type { SourceDatabase } from './sourceDatabase.ts';
import {
  INITIAL_SYNC_PROGRESS,
  type SyncProgressRow,
  type WriteStampRow,
} from './syncStateRows.ts';
import { readSyncProgress } from './syncStateStore.ts';

/**
 * What changed between the stored copy of an event (undefined when new) and the incoming one. The
 * sync passes it (built from src/sync/eventChanges.ts), so this module stays free of that logic.
 */
export type ChangeDescriber = (
  stored: EventDetailed | undefined,
  incoming: EventDetailed,
) => EventChange[];

/**
 * Stores a page of events and, in the same transaction, the sync row's new state (usually the
 * cursor that follows the page). Both commit or neither does: an interrupted sync resumes from the
 * last page that was really stored, and a retried page is an idempotent upsert by id.
 *
 * A record older than the stored copy (by `last_updated`) is not written over it: a detail refresh
 * or another tab may have stored a newer copy while this page was in flight. Equal timestamps do
 * replace, because LL2 changes nested objects without bumping `last_updated`.
 *
 * With `describeChanges`, what changed is appended to `eventChanges` in the same transaction: a
 * change is recorded exactly when its version is stored, so a retried page records nothing twice
 * (the second time the stored copy already equals the incoming one).
 *
 * @returns how many records were written
 */
export async function storeEventsPage(
  db: SourceDatabase,
  events: readonly EventDetailed[],
  progress: Partial<Omit<SyncProgressRow, 'key'>> | null,
  describeChanges?: ChangeDescriber,
): Promise<number> {
  const tables = [db.events, db.eventSummaries, db.syncState, db.eventChanges];
  return db.transaction('rw', tables, async () => {
    const { fresh, stored } = await keepNewerThanStored(db, events);
    if (fresh.length > 0) {
      if (describeChanges !== undefined) {
        const changes = fresh.flatMap((event) => describeChanges(stored.get(event.id), event));
        // `seq` is assigned by IndexedDB (`++seq`).
        if (changes.length > 0) await db.eventChanges.bulkAdd(changes);
      }
      await db.events.bulkPut(fresh);
      await db.eventSummaries.bulkPut(fresh.map(toEventSummary));
      await bumpWriteStamp(db);
    }
    if (progress !== null) {
      await db.syncState.put({ ...(await readSyncProgress(db)), ...progress, key: 'sync' });
    }
    return fresh.length;
  });
}

/** One event, e.g. refreshed when its detail page opens. Same rules as `storeEventsPage`. */
export async function storeEvent(
  db: SourceDatabase,
  event: EventDetailed,
  describeChanges?: ChangeDescriber,
): Promise<boolean> {
  return (await storeEventsPage(db, [event], null, describeChanges)) === 1;
}

/**
 * Removes events the API no longer has (reconcile). One transaction over both tables: the lists
 * never show an event whose detail is gone. Interrupted: nothing removed; retried: same result.
 */
export async function removeEvents(db: SourceDatabase, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.events, db.eventSummaries, db.syncState], async () => {
    await db.events.bulkDelete([...ids]);
    await db.eventSummaries.bulkDelete([...ids]);
    await bumpWriteStamp(db);
  });
}

/**
 * "Re-download everything": forgets the stored events and the cursor, keeps the request budget
 * ledger (the API still counts what was spent). One transaction: interrupted, nothing is lost.
 */
export async function clearStoredEvents(db: SourceDatabase): Promise<void> {
  await db.transaction('rw', [db.events, db.eventSummaries, db.syncState], async () => {
    await db.events.clear();
    await db.eventSummaries.clear();
    await db.syncState.put(INITIAL_SYNC_PROGRESS);
    await bumpWriteStamp(db);
  });
}

async function keepNewerThanStored(db: SourceDatabase, events: readonly EventDetailed[]) {
  const copies = await db.events.bulkGet(events.map((event) => event.id));
  const stored = new Map<number, EventDetailed>();
  for (const copy of copies) if (copy !== undefined) stored.set(copy.id, copy);
  const fresh = events.filter((event) => {
    const current = stored.get(event.id);
    return (
      current === undefined || Date.parse(event.last_updated) >= Date.parse(current.last_updated)
    );
  });
  return { fresh, stored };
}

async function bumpWriteStamp(db: SourceDatabase): Promise<void> {
  const row = await db.syncState.get('writes');
  const stamp = row?.key === 'writes' ? row.stamp + 1 : 1;
  const next: WriteStampRow = { key: 'writes', stamp, at: Date.now() };
  await db.syncState.put(next);
}
