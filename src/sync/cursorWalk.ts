import type { SyncCursor } from '../db/syncStateRows.ts';

export const WALK_PAGE_SIZE = 100;

export interface WalkedPage {
  /** `last_updated` of each valid record, in the order the API sent them. */
  lastUpdated: readonly string[];
  /** Records on the page, valid and rejected. */
  recordCount: number;
  /** The API's `next`: null on the last page. */
  hasNext: boolean;
}

export interface CursorStep {
  cursor: SyncCursor;
  done: boolean;
}

/**
 * Where the walk over `/events/?ordering=last_updated&last_updated__gte=<t>&offset=<k>` goes after a
 * page. The walk does not follow the API's `next` links: offsets shift while the walk runs (an event
 * edited meanwhile jumps to the end of the ordering, and every later record moves up one place), so
 * following `next` would silently skip a record at each page boundary — and, since the cursor then
 * moves past it, skip it for good. Instead each page restarts the query at the newest timestamp
 * seen (keyset paging): every record at or after the cursor is in the next answer whatever moved.
 * The records sharing that timestamp are fetched again; upserts by id make that harmless.
 *
 * Only when a whole page shares one timestamp does the cursor need an offset to move on; it counts
 * records inside that run of equal timestamps (ordered by id), where a shift needs an edit to one
 * of those very records in the same second — the accepted residual risk, covered by reconcile
 * and by later deltas.
 */
export function cursorAfterPage(cursor: SyncCursor, page: WalkedPage): CursorStep {
  const newest = newestTimestamp(page.lastUpdated);
  const current = cursor.lastUpdatedGte;
  const advanced =
    newest !== null && (current === null || Date.parse(newest) > Date.parse(current));
  if (!page.hasNext) {
    return { cursor: { lastUpdatedGte: advanced ? newest : current, offset: 0 }, done: true };
  }
  if (advanced) return { cursor: { lastUpdatedGte: newest, offset: 0 }, done: false };
  return {
    cursor: { lastUpdatedGte: current, offset: cursor.offset + page.recordCount },
    done: false,
  };
}

function newestTimestamp(values: readonly string[]): string | null {
  let newest: string | null = null;
  for (const value of values) {
    if (newest === null || Date.parse(value) > Date.parse(newest)) newest = value;
  }
  return newest;
}
