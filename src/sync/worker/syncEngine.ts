import { createLl2Client } from '../../api/client.ts';
import type { FetchImpl } from '../../api/http.ts';
import { createSnapshotReader } from '../../api/snapshotReader.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import { createSyncController, type SyncController } from '../syncController.ts';
import { createInMemoryLock, webLocks, type SyncLock } from '../syncLock.ts';

/** What starts the sync engine of one source: the source, its database and the device's token. */
export interface EngineRequest {
  apiBaseUrl: string;
  db: SourceDatabase;
  token: string | null;
}

/**
 * Starts the sync engine of one source. The app starts it in a worker (startSyncWorker.ts,
 * decision 014); tests run it in their own thread (testing/inThreadSyncEngine.ts).
 */
export type SyncEngineStarter = (request: EngineRequest) => Promise<SyncController>;

export interface SyncEngineOptions {
  apiBaseUrl: string;
  db: SourceDatabase;
  token: string | null;
  /** Cross-tab lock; defaults to Web Locks (an in-memory lock where the browser has none). */
  lock?: SyncLock | undefined;
  fetchImpl?: FetchImpl | undefined;
  /** The build's snapshot folder (`VITE_SNAPSHOT_URL`, resolved), read on a first run; null: none. */
  snapshotFolderUrl?: string | null;
}

/**
 * The API client (with its zod schemas) and the sync controller for one source. The app builds it
 * inside the sync worker (syncWorker.ts, decision 014), started after the first render, so the
 * lists, which only read IndexedDB, paint without the validation and sync code; tests build it in
 * their own thread (testing/inThreadSyncEngine.ts).
 */
export function createSyncEngine(options: SyncEngineOptions): SyncController {
  const { apiBaseUrl, db, token, lock, fetchImpl, snapshotFolderUrl } = options;
  const client = createLl2Client({
    baseUrl: apiBaseUrl,
    token,
    ...(fetchImpl ? { fetchImpl } : {}),
  });
  return createSyncController({
    client,
    db,
    lock: lock ?? webLocks() ?? createInMemoryLock(),
    snapshot:
      snapshotFolderUrl == null
        ? null
        : createSnapshotReader({
            folderUrl: snapshotFolderUrl,
            ...(fetchImpl ? { fetchImpl } : {}),
          }),
  });
}
