import { removeEvents } from '../db/eventWrites.ts';
import { listStoredEventIds } from '../db/eventReads.ts';
import type { SourceDatabase } from '../db/sourceDatabase.ts';
import type { SyncProgressRow } from '../db/syncStateRows.ts';
import { WALK_PAGE_SIZE } from './cursorWalk.ts';
import type { RequestGate } from './requestGate.ts';
import type { SyncApi } from './syncApi.ts';

const DAY_MS = 24 * 60 * 60_000;

/** At most once a day, counted from the last reconcile or else the end of the first full sync. */
export function reconcileIsDue(state: SyncProgressRow, now: number, forced: boolean): boolean {
  if (state.fullSyncCompletedAt === null) return false;
  if (forced) return true;
  const since = state.lastReconcileAt ?? state.fullSyncCompletedAt;
  return now - since >= DAY_MS;
}

interface ReconcileArguments {
  client: SyncApi;
  db: SourceDatabase;
  gate: RequestGate;
  signal: AbortSignal;
}

/**
 * Removes stored events the API no longer has (LL2 does not signal deletions), as found by
 * `findRemovedEventIds`. Interrupted: nothing is removed; it simply runs again when next due.
 */
export async function reconcileStoredEvents({
  client,
  db,
  gate,
  signal,
}: ReconcileArguments): Promise<{ removed: number } | null> {
  const gone = await findRemovedEventIds({
    client,
    gate,
    storedIds: await listStoredEventIds(db),
  });
  if (gone === null || signal.aborted) return null;
  await removeEvents(db, gone);
  return { removed: gone.length };
}

interface FindRemovedArguments {
  client: Pick<SyncApi, 'getEventsPage' | 'getEventsPageAt'>;
  gate: RequestGate;
  /** The ids the caller holds. */
  storedIds: readonly number[];
}

/**
 * Which of `storedIds` the API no longer has. Walks every id (`mode=list`, following `next`), then
 * asks once more, by id, about each stored event that walk did not see: offset paging can skip a
 * record when the archive changes during the walk, and a skipped record must not be taken for a
 * deleted one (decision 003).
 *
 * Runs only when the whole walk fits in the budget that is left; returns null when it does not
 * (nothing spent). Removes nothing itself.
 */
export async function findRemovedEventIds({
  client,
  gate,
  storedIds,
}: FindRemovedArguments): Promise<number[] | null> {
  const walkRequests = Math.max(1, Math.ceil(storedIds.length / WALK_PAGE_SIZE)) + 1;
  if ((await gate.spendable()) < walkRequests + 1) return null;

  const seen = new Set<number>();
  const note = (ids: readonly (number | string | null)[]) => {
    for (const id of ids) if (typeof id === 'number') seen.add(id);
  };
  let result = await gate.send((s) =>
    client.getEventsPage({
      endpoint: 'events',
      mode: 'list',
      query: { limit: WALK_PAGE_SIZE },
      signal: s,
    }),
  );
  for (;;) {
    // A record that fails validation still exists on the server: it is not a deletion.
    note(result.page.results.map((event) => event.id));
    note(result.rejected.map((record) => record.id));
    const next = result.page.next;
    if (next === null) break;
    result = await gate.send((s) => client.getEventsPageAt(next, 'list', s));
  }

  const unseen = storedIds.filter((id) => !seen.has(id));
  const gone: number[] = [];
  for (let start = 0; start < unseen.length; start += WALK_PAGE_SIZE) {
    const ids = unseen.slice(start, start + WALK_PAGE_SIZE);
    const check = await gate.send((s) =>
      client.getEventsPage({
        endpoint: 'events',
        mode: 'list',
        query: { id: ids, limit: WALK_PAGE_SIZE },
        signal: s,
      }),
    );
    const present = new Set<number>(check.page.results.map((event) => event.id));
    for (const record of check.rejected) if (typeof record.id === 'number') present.add(record.id);
    gone.push(...ids.filter((id) => !present.has(id)));
  }
  return gone;
}
