import { useState } from 'react';
import { formatWait } from '../../../api/formatWait.ts';
import { SAMPLE_API_BASE_URL, resolveApiBaseUrl } from '../../../api/baseUrl.ts';
import { useUpdateSettings } from '../../../ui/settings/useSettings.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { useSyncStatus } from '../hooks/useSyncStatus.ts';
import { explainError } from '../../../lib/explainError.ts';
import { formatCount } from '../../../lib/formatCount.ts';
import { hostOf } from '../../../lib/safeUrl.ts';

/**
 * What a list shows while nothing is stored yet: the progress of the first download, or — when the
 * source cannot be reached — what went wrong in plain words and a way to try the built-in sample data.
 */
export function FirstSyncState() {
  const status = useSyncStatus();
  const { apiBaseUrl } = useSource();
  const updateSettings = useUpdateSettings();
  const [switchError, setSwitchError] = useState<string | null>(null);
  const host = hostOf(apiBaseUrl);
  const onSample = isSampleSource(apiBaseUrl);

  const useSample = () => {
    updateSettings({ apiUrl: SAMPLE_API_BASE_URL }).catch((error: unknown) => {
      setSwitchError(explainError(error));
    });
  };
  const sampleButton = onSample ? null : (
    <button
      type="button"
      onClick={useSample}
      className="mt-3 rounded bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-600 dark:hover:bg-sky-500"
    >
      Use the built-in sample data
    </button>
  );

  let body;
  if (status.kind === 'syncing') {
    const total = status.progress?.total ?? null;
    const done = Math.min(status.progress?.done ?? 0, total ?? Infinity);
    body = (
      <>
        <p className="font-medium">Downloading events from {host}…</p>
        <progress
          className="mt-2 h-2 w-64 max-w-full"
          aria-label="Downloaded events"
          max={total ?? undefined}
          value={total === null ? undefined : done}
        />
        <p className="mt-1 text-sm tabular-nums text-slate-600 dark:text-slate-400">
          {total === null
            ? 'Asking how many there are…'
            : `${formatCount(done)} of ${formatCount(total)}`}
        </p>
      </>
    );
  } else if (status.kind === 'offline') {
    // Offline is known from failed requests too, so it may as well be a wrong or dead source.
    body = (
      <>
        <p>
          No events yet: {host} cannot be reached — you may be offline. They will download when it
          answers.
        </p>
        {sampleButton}
      </>
    );
  } else if (status.kind === 'failed' || status.kind === 'throttled') {
    const retry = status.retryAt === null ? null : formatWait((status.retryAt - status.now) / 1000);
    body = (
      <>
        <p className="font-medium">
          {status.kind === 'failed'
            ? `No events yet: the first download from ${host} stopped.`
            : `No events yet: ${host} asked to wait before more requests.`}
        </p>
        {status.reason !== null && <p className="mt-1 text-sm">{status.reason}</p>}
        {retry !== null && <p className="mt-1 text-sm">Trying again in {retry}.</p>}
        {sampleButton}
      </>
    );
  } else if (status.kind === 'up-to-date') {
    body = <p>{host} has no events.</p>;
  } else {
    body = <p>Getting ready to download events from {host}…</p>;
  }

  return (
    <section aria-label="First download" className="py-8 text-slate-700 dark:text-slate-300">
      {body}
      {switchError !== null && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          Could not switch to the sample data. {switchError}
        </p>
      )}
    </section>
  );
}

function isSampleSource(apiBaseUrl: string): boolean {
  const origin = typeof location === 'undefined' ? null : location.origin;
  try {
    return resolveApiBaseUrl(SAMPLE_API_BASE_URL, origin) === apiBaseUrl;
  } catch {
    return false;
  }
}
