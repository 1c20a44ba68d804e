import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { chosenApiBaseUrl } from '../../api/baseUrl.ts';
import { openSourceDatabase } from '../../db/sourceDatabase.ts';
import type { Settings } from '../../db/settings.ts';
import { settingsQuery, useFollowSettings } from '../../ui/settings/useSettings.ts';
import { DatabaseReplacedNotice } from './DatabaseReplacedNotice.tsx';
import {
  SourceContext,
  SyncControllerContext,
  SyncEngineErrorContext,
  type Source,
} from '../../ui/source/sourceContext.ts';
import { RenderDeferred } from '../../ui/RenderDeferred.tsx';
import { SourceWritesFollower } from '../../ui/source/SourceWritesFollower.tsx';
import { startSyncWorker } from '../../sync/worker/startSyncWorker.ts';
import type { SyncEngineStarter } from '../../sync/worker/syncEngine.ts';
import { useLazySyncEngine } from './useLazySyncEngine.ts';
import { explainError } from '../../lib/explainError.ts';

interface SourceProviderProps {
  children: ReactNode;
  /** How the sync engine starts: in a worker (the default), or in the test's own thread. */
  startSyncEngine?: SyncEngineStarter;
}

/**
 * Opens the source chosen in Settings (its own database, a client with the device's token),
 * follows its writes (the one `SourceWritesFollower`), and provides both to the app; the app adds
 * the sync scheduler (`ScheduledSync`, composed in app/App.tsx). Waits for the settings to be read, so
 * the app never opens the default source's database on the way to the chosen one. The client and
 * sync engine start after the first render, in a worker: the lists read only the database and
 * paint without them, and a sync never holds up the page (decision 014).
 */
export function SourceProvider({
  children,
  startSyncEngine = startSyncWorker,
}: SourceProviderProps) {
  useFollowSettings();
  const settings = useQuery(settingsQuery);
  if (settings.isError) {
    return (
      <p role="alert" className="p-4 text-sm text-red-700 dark:text-red-300">
        This browser would not open the app’s storage. {explainError(settings.error)}
      </p>
    );
  }
  if (settings.data === undefined) return <Opening />;
  // The app mounts when the settings arrive. React Query reports them through a store, and a
  // store's update renders at once, in one task: the whole app would mount in one long task
  // (70-90 ms on a desktop CPU). Deferred, the mount is a background render React splits into
  // slices (decision 034), below this component, which reads the store (decision 036).
  return (
    <RenderDeferred value={settings.data} pending={<Opening />}>
      {(settingsData) => (
        <ActiveSource settings={settingsData} startSyncEngine={startSyncEngine}>
          {children}
        </ActiveSource>
      )}
    </RenderDeferred>
  );
}

function Opening() {
  return (
    <p role="status" className="p-4 text-sm text-slate-600 dark:text-slate-300">
      Opening your stored events…
    </p>
  );
}

function ActiveSource({
  settings,
  children,
  startSyncEngine,
}: {
  settings: Settings;
  children: ReactNode;
  startSyncEngine: SyncEngineStarter;
}) {
  const apiBaseUrl = chosenApiBaseUrl(
    settings.apiUrl,
    typeof location === 'undefined' ? null : location.origin,
  );
  const token = settings.apiToken;
  const source = useMemo<Source>(
    () => ({ apiBaseUrl, db: openSourceDatabase(apiBaseUrl) }),
    [apiBaseUrl],
  );
  const engine = useLazySyncEngine({ apiBaseUrl, db: source.db, token }, startSyncEngine);

  return (
    <SourceContext value={source}>
      <SyncControllerContext value={engine.controller}>
        <SyncEngineErrorContext value={engine.error}>
          <DatabaseReplacedNotice db={source.db} />
          <SourceWritesFollower />
          {children}
        </SyncEngineErrorContext>
      </SyncControllerContext>
    </SourceContext>
  );
}
