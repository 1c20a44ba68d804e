import { openSourceDatabase } from '../../db/sourceDatabase.ts';
import { serveSyncEngine } from './serveSyncEngine.ts';
import { createSyncEngine } from './syncEngine.ts';

// The sync worker (decision 014): the API client, zod validation and the IndexedDB writes of every
// sync run here, off the page's main thread. The page's lists follow the writes through Dexie's
// cross-context change events, as they follow another tab's.
serveSyncEngine(self, ({ apiBaseUrl, token }) =>
  createSyncEngine({ apiBaseUrl, db: openSourceDatabase(apiBaseUrl), token }),
);
