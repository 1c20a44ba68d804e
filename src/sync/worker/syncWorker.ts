import { configuredSnapshotFolder } from '../../api/snapshotUrl.ts';
import { appBaseUrl } from '../../lib/appBase.ts';
import { openSourceDatabase } from '../../db/sourceDatabase.ts';
import { serveSyncEngine } from './serveSyncEngine.ts';
import { createSyncEngine } from './syncEngine.ts';

// The sync worker (decision 014): the API client, zod validation and the IndexedDB writes of every
// sync run here, off the page's main thread. The page's lists follow the writes through Dexie's
// cross-context change events, as they follow another tab's.
// The build's snapshot (VITE_SNAPSHOT_URL) is resolved against the app's base, not the worker's URL.
const snapshotFolderUrl = configuredSnapshotFolder(appBaseUrl(self.location.origin));

serveSyncEngine(self, ({ apiBaseUrl, token }) =>
  createSyncEngine({ apiBaseUrl, db: openSourceDatabase(apiBaseUrl), token, snapshotFolderUrl }),
);
