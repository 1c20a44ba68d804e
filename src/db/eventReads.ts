import type { EventDetailed } from '../api/schemas.ts';
import { yieldToMain } from '../lib/yieldToMain.ts';
import type { EventSummary } from './eventSummary.ts';
import type { SourceDatabase } from './sourceDatabase.ts';

/*
 * Reads of the stored events (`events`, full records) and their list projection
 * (`eventSummaries`). The write paths are in eventWrites.ts, the change history's reads in
 * eventChangeStore.ts.
 */

/** Summaries read per request by loadEventSummaries. */
const SUMMARY_READ_CHUNK = 250;

/**
 * Every stored event's list projection, in id order. Not read through the `dateMs` index: undated
 * events (null `dateMs`) are not in that index and would silently go missing.
 *
 * Read in chunks of SUMMARY_READ_CHUNK by id, yielding to the page between them: the browser turns
 * a read result into objects in one go on the main thread, and 100,000 summaries at once (or 1,000
 * on a slow phone) would be one long task that input waits behind. A write landing between two
 * chunks shows in the chunks after it; every write is followed by another read anyway.
 */
export async function loadEventSummaries(db: SourceDatabase): Promise<EventSummary[]> {
  const all: EventSummary[] = [];
  for (;;) {
    const last = all.at(-1);
    const chunk = await (
      last === undefined
        ? db.eventSummaries.toCollection()
        : db.eventSummaries.where(':id').above(last.id)
    )
      .limit(SUMMARY_READ_CHUNK)
      .toArray();
    all.push(...chunk);
    if (chunk.length < SUMMARY_READ_CHUNK) return all;
    await yieldToMain();
  }
}

export async function getStoredEvent(
  db: SourceDatabase,
  id: number,
): Promise<EventDetailed | undefined> {
  return db.events.get(id);
}

export async function countStoredEvents(db: SourceDatabase): Promise<number> {
  return db.events.count();
}

/** Full stored records of these events, in the order asked, leaving out ids not stored. */
export async function getStoredEvents(
  db: SourceDatabase,
  eventIds: readonly number[],
): Promise<EventDetailed[]> {
  const events = await db.events.bulkGet([...eventIds]);
  return events.filter((event): event is EventDetailed => event !== undefined);
}

export async function listStoredEventIds(db: SourceDatabase): Promise<number[]> {
  return db.events.toCollection().primaryKeys();
}

/** Summaries of events dated within [fromMs, toMs], read through the `dateMs` index. */
export async function loadSummariesDatedBetween(db: SourceDatabase, fromMs: number, toMs: number) {
  return db.eventSummaries.where('dateMs').between(fromMs, toMs, true, true).toArray();
}

/** List projections of these events, in the order asked, leaving out ids not stored. */
export async function getStoredSummaries(
  db: SourceDatabase,
  eventIds: Iterable<number>,
): Promise<EventSummary[]> {
  const summaries = await db.eventSummaries.bulkGet([...eventIds]);
  return summaries.filter((summary): summary is EventSummary => summary !== undefined);
}
