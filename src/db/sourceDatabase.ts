import { Dexie, type EntityTable, type Table } from 'dexie';
import type { EventDetailed } from '../api/schemas.ts';
import type { EventChange } from './eventChange.ts';
import { toEventSummary, type EventSummary } from './eventSummary.ts';
import type { NewsArticleRow, NewsBudgetRow, NewsFetchRow } from './newsRows.ts';
import type { PersonalRow, WatchlistRow } from './personalRows.ts';
import type { SyncStateRow } from './syncStateRows.ts';
import { watchLaterChanges } from './watchLaterChanges.ts';

/**
 * One IndexedDB database per API source (DESIGN §3): the name is derived from the normalised base
 * URL, so switching source never mixes data and "Re-download everything" only touches one source.
 *
 * - `events`: full detailed records as validated by src/api, key `id`; the detail page reads them.
 * - `eventSummaries`: the compact projection the lists load at once, key `id`, index `dateMs`
 *   (the scheduler asks for the events near now; a list reads its count and first rows through it
 *   before the whole set, decision 031); always written in the same transaction as `events`.
 * - `syncState`: a few keyed rows (cursor and progress, request budget ledger, write stamp).
 * - `eventChanges`: what delta syncs noticed changing (shape in src/db/eventChange.ts),
 *   appended in the transaction that stores the new version; indexes `eventId` (an event's
 *   history) and `detectedAtMs` (recent changes).
 * - `watchlist` (version 2): the starred events, key `eventId`.
 * - `personal` (version 2): a few keyed rows of the person's own (reminder choices, reminders
 *   shown, last visit). Like `watchlist`, never touched by a sync, a reconcile or a re-download.
 * - Version 3 changes no table: summaries gained `launches`, so they are rebuilt from `events`.
 * - `articles` (version 4): Spaceflight News articles and blogs (src/db/newsRows.ts), key
 *   `[kind+id]` (ids repeat across kinds), multi-entry index `eventIds` (an event's news).
 * - `newsFetches` (version 4): when each event's news was fetched, key `eventId`.
 * - `newsBudget` (version 4): the news requests' own ledger and backoff, key `key`.
 *   The news tables are written only by src/db/newsStore.ts, never by the LL2 sync.
 * - Version 5 indexes summaries by `launchIds` (multi-entry: the detail page reads an event's
 *   mission through it, decision 034); the upgrade fills the field from each summary's `launches`.
 */
export class SourceDatabase extends Dexie {
  events!: EntityTable<EventDetailed, 'id'>;
  eventSummaries!: EntityTable<EventSummary, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  eventChanges!: EntityTable<StoredEventChange, 'seq'>;
  watchlist!: EntityTable<WatchlistRow, 'eventId'>;
  personal!: EntityTable<PersonalRow, 'key'>;
  articles!: Table<NewsArticleRow, [NewsArticleRow['kind'], number]>;
  newsFetches!: EntityTable<NewsFetchRow, 'eventId'>;
  newsBudget!: EntityTable<NewsBudgetRow, 'key'>;

  constructor(
    readonly apiBaseUrl: string,
    options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
  ) {
    super(sourceDatabaseName(apiBaseUrl), options);
    this.version(1).stores({
      events: 'id',
      eventSummaries: 'id, dateMs',
      syncState: 'key',
      eventChanges: '++seq, eventId, detectedAtMs',
    });
    // Adds tables only: a version-1 database upgrades in place and keeps every stored event.
    this.version(2).stores({
      watchlist: 'eventId',
      personal: 'key',
    });
    // Decision 005: a new summary field means rebuilding the summaries from the stored events.
    // The upgrade is one IndexedDB transaction: interrupted, it rolls back whole and the next
    // open runs it again. Only summaries are held in memory, never the full records at once.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const summaries: EventSummary[] = [];
        await tx
          .table<EventDetailed, number>('events')
          .each((event) => summaries.push(toEventSummary(event)));
        await tx.table<EventSummary, number>('eventSummaries').bulkPut(summaries);
      });
    // Adds tables only, like version 2.
    this.version(4).stores({
      articles: '[kind+id], *eventIds',
      newsFetches: 'eventId',
      newsBudget: 'key',
    });
    // One transaction like version 3, but each summary already holds its launches: only the new
    // field is written, not every summary rebuilt from its full record.
    this.version(5)
      .stores({ eventSummaries: 'id, dateMs, *launchIds' })
      .upgrade(async (tx) => {
        await tx
          .table<EventSummary, number>('eventSummaries')
          .toCollection()
          .modify((summary) => {
            summary.launchIds = summary.launches.map((launch) => launch.id);
          });
      });
  }
}

/** A change record with its insertion number (gives a stable order among equal times). */
export type StoredEventChange = EventChange & { seq: number };

const DATABASE_PREFIX = 'rendezvous-source:';

/** `rendezvous-source:https://ll.thespacedevs.com/2.3.0`: readable in DevTools, one per source. */
export function sourceDatabaseName(apiBaseUrl: string): string {
  return DATABASE_PREFIX + apiBaseUrl.replace(/\/+$/, '');
}

const openDatabases = new Map<string, SourceDatabase>();

/**
 * The database of one source, shared by every caller in this tab (React re-renders, StrictMode
 * double effects and the sync engine all get the same instance, so nobody closes it under another).
 */
export function openSourceDatabase(apiBaseUrl: string): SourceDatabase {
  const name = sourceDatabaseName(apiBaseUrl);
  const existing = openDatabases.get(name);
  if (existing !== undefined && !existing.hasBeenClosed()) return existing;
  const db = new SourceDatabase(apiBaseUrl);
  openDatabases.set(name, db);
  return db;
}

/** Closes and forgets the shared instance (tests, and a database replaced by a newer version). */
export function closeSourceDatabase(db: SourceDatabase): void {
  if (openDatabases.get(db.name) === db) openDatabases.delete(db.name);
  db.close();
}

/**
 * Calls `onChange` after every committed write to the stored events, made by this tab or any other
 * (Dexie propagates its change events across tabs). Each write path bumps the `writes` row in the
 * same transaction as the events, so this observes one tiny row instead of whole tables, and does
 * not fire for progress or budget bookkeeping. Returns the unsubscribe function.
 */
export function watchSourceWrites(db: SourceDatabase, onChange: () => void): () => void {
  return watchLaterChanges(() => db.syncState.get('writes'), onChange);
}

/** Why this tab can no longer use its database: see `watchDatabaseReplaced`. */
export type DatabaseReplacedReason = 'replaced' | 'blocked';

/**
 * Calls `onReplaced` when the data can no longer be read safely here and the page must be reloaded:
 * - `'replaced'`: another tab needs this database upgraded or deleted ("versionchange"); Dexie
 *   closes this tab's connection itself so the other tab can go on.
 * - `'blocked'`: this tab's upgrade waits on an older tab that keeps the old version open. Without
 *   this the page would wait silently until that tab goes away.
 */
export function watchDatabaseReplaced(
  db: SourceDatabase,
  onReplaced: (reason: DatabaseReplacedReason) => void,
): () => void {
  const replaced = () => {
    onReplaced('replaced');
  };
  const blocked = () => {
    onReplaced('blocked');
  };
  db.on('versionchange', replaced);
  db.on('blocked', blocked);
  return () => {
    db.on.versionchange.unsubscribe(replaced);
    db.on.blocked.unsubscribe(blocked);
  };
}
