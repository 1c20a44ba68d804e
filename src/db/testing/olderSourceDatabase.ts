import { Dexie } from 'dexie';
import { sourceDatabaseName } from '../sourceDatabase.ts';

/**
 * The tables each earlier schema version added or changed, as sourceDatabase.ts declares them
 * (version 3 changed no table: its upgrade rebuilt the summaries).
 */
const EARLIER_SCHEMAS = [
  {
    events: 'id',
    eventSummaries: 'id, dateMs',
    syncState: 'key',
    eventChanges: '++seq, eventId, detectedAtMs',
  },
  { watchlist: 'eventId', personal: 'key' },
  {},
  { articles: '[kind+id], *eventIds', newsFetches: 'eventId', newsBudget: 'key' },
] as const;

/**
 * The source database of `apiBaseUrl` as the app of schema `version` opened it, without any
 * upgrade code: what an upgrade test fills before the current app opens it.
 */
export function olderSourceDatabase(apiBaseUrl: string, version: 1 | 2 | 3 | 4): Dexie {
  const db = new Dexie(sourceDatabaseName(apiBaseUrl));
  EARLIER_SCHEMAS.slice(0, version).forEach((stores, index) => {
    db.version(index + 1).stores(stores);
  });
  return db;
}
