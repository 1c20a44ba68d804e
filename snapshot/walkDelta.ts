import type { Ll2Client } from '../src/api/client.ts';
import type { EventDetailed } from '../src/api/schemas.ts';
import type { SyncCursor } from '../src/db/syncStateRows.ts';
import { WALK_PAGE_SIZE, cursorAfterPage } from '../src/sync/cursorWalk.ts';
import type { RequestGate } from '../src/sync/requestGate.ts';

export interface WalkResult {
  /** Every valid record the walk met, newest copy per id. */
  events: Map<number, EventDetailed>;
  /** Where the next walk continues; covers exactly what `events` holds. */
  cursor: SyncCursor;
  /** The walk reached the newest change. */
  done: boolean;
  /** Records that failed validation and were skipped (reported, never fatal). */
  rejected: number;
  /** The error that stopped the walk early (budget, throttle, failure), or null. */
  stoppedBy: unknown;
}

/**
 * The app's cursor walk (DESIGN §3, decision 002) from `cursor`:
 * `/events/?mode=detailed&ordering=last_updated&last_updated__gte=<t>&offset=<k>&limit=100`, each
 * page re-asked from the newest timestamp seen (`cursorAfterPage`). Whatever stops it, the result
 * holds every page fully received and the cursor just after them, so a later walk loses nothing.
 */
export async function walkDelta(
  client: Pick<Ll2Client, 'getEventsPage'>,
  gate: RequestGate,
  start: SyncCursor,
  onPage?: (received: number) => void,
): Promise<WalkResult> {
  const events = new Map<number, EventDetailed>();
  let cursor = start;
  let rejected = 0;
  try {
    for (;;) {
      const { page, rejected: bad } = await gate.send((signal) =>
        client.getEventsPage({
          endpoint: 'events',
          mode: 'detailed',
          query: {
            ordering: ['last_updated'],
            limit: WALK_PAGE_SIZE,
            ...(cursor.lastUpdatedGte === null ? {} : { last_updated__gte: cursor.lastUpdatedGte }),
            ...(cursor.offset === 0 ? {} : { offset: cursor.offset }),
          },
          signal,
        }),
      );
      const step = cursorAfterPage(cursor, {
        lastUpdated: page.results.map((event) => event.last_updated),
        recordCount: page.results.length + bad.length,
        hasNext: page.next !== null,
      });
      for (const event of page.results) events.set(event.id, event);
      rejected += bad.length;
      cursor = step.cursor;
      onPage?.(events.size);
      if (step.done) return { events, cursor, done: true, rejected, stoppedBy: null };
    }
  } catch (error) {
    return { events, cursor, done: false, rejected, stoppedBy: error };
  }
}
