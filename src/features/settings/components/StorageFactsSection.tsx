import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSource } from '../../../ui/source/useSource.ts';
import { storageManager, useStorageFacts } from '../hooks/useStorageFacts.ts';
import { useArchiveOrigin } from '../hooks/useArchiveOrigin.ts';
import { describeArchiveOrigin } from '../utils/describeArchiveOrigin.ts';
import { buttonClass } from './formStyles.ts';
import { explainError } from '../../../lib/explainError.ts';
import { eventKeys } from '../../../ui/queries/eventQueries.ts';
import { formatCount } from '../../../lib/formatCount.ts';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/**
 * Where the archive came from (a published snapshot or the API, and why a snapshot was not used),
 * events stored, bytes used, and whether the browser keeps the data under storage pressure.
 */
export function StorageFactsSection() {
  const facts = useStorageFacts();
  const origin = useArchiveOrigin();
  const { apiBaseUrl } = useSource();
  const queryClient = useQueryClient();
  const [persistMessage, setPersistMessage] = useState<string | null>(null);

  if (facts.isPending) return <p className="text-sm">Reading storage…</p>;
  if (facts.isError) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        Could not read the storage. {explainError(facts.error)}
      </p>
    );
  }
  const { eventsStored, bytesUsed, bytesQuota, persisted } = facts.data;
  const askPersistence = () => {
    const persist = storageManager()?.persist;
    if (persist === undefined) return;
    persist().then(
      (granted) => {
        setPersistMessage(
          granted
            ? 'The browser will keep the stored events.'
            : 'The browser declined; it decides by how much the site is used. Installing the app helps.',
        );
        void queryClient.invalidateQueries({ queryKey: eventKeys.storageFacts(apiBaseUrl) });
      },
      (error: unknown) => {
        setPersistMessage(`The browser could not be asked. ${explainError(error)}`);
      },
    );
  };

  return (
    <div className="space-y-2 text-sm">
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {origin !== null && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Archive</dt>
            <dd>{describeArchiveOrigin(origin.source)}</dd>
          </>
        )}
        <dt className="text-slate-500 dark:text-slate-400">Events stored</dt>
        <dd className="tabular-nums">{formatCount(eventsStored)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Storage used</dt>
        <dd className="tabular-nums">
          {bytesUsed === null
            ? 'Not reported by this browser'
            : bytesQuota === null
              ? formatBytes(bytesUsed)
              : `${formatBytes(bytesUsed)} of ${formatBytes(bytesQuota)} available`}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Persistent storage</dt>
        <dd>
          {persisted === null
            ? 'Not supported by this browser'
            : persisted
              ? 'Yes: the browser will not clear it under storage pressure'
              : 'No: the browser may clear it when space runs low'}
        </dd>
      </dl>
      {origin?.snapshotNote != null && (
        <p className="max-w-prose text-amber-800 dark:text-amber-200">
          The published snapshot was not used. {origin.snapshotNote}
        </p>
      )}
      {persisted === false && (
        <button type="button" className={buttonClass} onClick={askPersistence}>
          Ask to keep data persistent
        </button>
      )}
      {persistMessage !== null && <p role="status">{persistMessage}</p>}
    </div>
  );
}
