import type { EventDetailed } from '../api/schemas.ts';
import { yieldToMain } from '../lib/yieldToMain.ts';
import type { EventSummary } from './eventSummary.ts';
import type { SourceDatabase } from './sourceDatabase.ts';

/*
 * Reads of the stored events (`events`, full records) and their list projection
 * (`eventSummaries`). The write paths are in eventWrites.ts, the change history's reads in
 * eventChangeStore.ts.
 */

/**
 * Summaries read per request by loadEventSummaries. Four times as many (1,000) did not shorten a
 * 100,000-event read: the page's idle time during it is the store's own reading, not the number
 * of round trips (decision 031's second profile), and each chunk's task was four times as long.
 */
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

/** A stretch of the `dateMs` index, read in one direction (see loadSummaryPreview). */
export interface DatedRange {
  /** Inclusive bounds on `dateMs`; null leaves that side open. */
  fromMs: number | null;
  toMs: number | null;
  /** Latest first. */
  descending: boolean;
  /** Undated events belong to the range too ("All events"), after every dated one. */
  withUndated: boolean;
}

/** How many events a range holds, and its first summaries in date order. */
export interface SummaryPreview {
  total: number;
  /**
   * The range's first events in its date order (ties by id, as the lists sort them) with every
   * event dated the same as the last of them, so they are exactly the head of the whole list.
   * Unsorted: the caller sorts them as it sorts the whole list.
   */
  first: EventSummary[];
}

/**
 * The count and first `limit` summaries of a date range, through the `dateMs` index, without
 * reading the rest: what a list shows before its whole set is loaded (decision 031). One read
 * transaction, so the count and the rows agree even while a sync writes.
 *
 * Undated events are not in the index. They sort after every dated one, so they are part of the
 * head only when the range holds fewer than `limit` dated events; then this returns null and the
 * caller waits for the whole set (loadEventSummaries) rather than show a head that is not one.
 */
export async function loadSummaryPreview(
  db: SourceDatabase,
  range: DatedRange,
  limit: number,
): Promise<SummaryPreview | null> {
  return db.transaction('r', db.eventSummaries, async () => {
    const dated = () =>
      db.eventSummaries
        .where('dateMs')
        .between(range.fromMs ?? -Infinity, range.toMs ?? Infinity, true, true);
    const total = await (range.withUndated ? db.eventSummaries.count() : dated().count());
    const head = await (range.descending ? dated().reverse() : dated()).limit(limit).toArray();
    if (head.length < limit) return head.length === total ? { total, first: head } : null;
    const lastDateMs = head.at(-1)?.dateMs ?? null;
    if (lastDateMs === null) return { total, first: head };
    // The index orders equal dates by id one way only; the lists break ties by ascending id.
    const ties = await db.eventSummaries.where('dateMs').equals(lastDateMs).toArray();
    const ids = new Set(head.map((summary) => summary.id));
    return { total, first: [...head, ...ties.filter((summary) => !ids.has(summary.id))] };
  });
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

/**
 * The summaries an event's "Before and after" can show, without reading the whole archive: those
 * sharing one of `launchIds` (its mission, through the multi-entry index) and those dated within
 * `aroundMs` of `dateMs` (its station around it). Each once, in no particular order.
 */
export async function loadArcSummaries(
  db: SourceDatabase,
  launchIds: readonly string[],
  dateMs: number,
  aroundMs: number,
): Promise<EventSummary[]> {
  const [mission, around] = await Promise.all([
    launchIds.length === 0 ? [] : db.eventSummaries.where('launchIds').anyOf(launchIds).toArray(),
    loadSummariesDatedBetween(db, dateMs - aroundMs, dateMs + aroundMs),
  ]);
  const byId = new Map<number, EventSummary>();
  for (const summary of [...mission, ...around]) byId.set(summary.id, summary);
  return [...byId.values()];
}

/** List projections of these events, in the order asked, leaving out ids not stored. */
export async function getStoredSummaries(
  db: SourceDatabase,
  eventIds: Iterable<number>,
): Promise<EventSummary[]> {
  const summaries = await db.eventSummaries.bulkGet([...eventIds]);
  return summaries.filter((summary): summary is EventSummary => summary !== undefined);
}
