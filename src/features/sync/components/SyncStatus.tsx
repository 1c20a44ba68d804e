import { useId } from 'react';
import { describeSyncStatus } from '../utils/describeSyncStatus.ts';
import { useSyncNow } from '../../../ui/source/useSyncNow.ts';
import { useSyncStatus } from '../hooks/useSyncStatus.ts';

/**
 * The always-visible sync status (DESIGN §4): "Offline", "Syncing n of m", "Up to date, synced …",
 * "Throttled, next try in …", "Failed: …, retrying in …", the budget left, and "Sync now".
 */
export function SyncStatus() {
  const status = useSyncStatus();
  const { syncNow, unavailable, running, waitingForNetwork, message } = useSyncNow();
  const reasonId = useId();
  const text = describeSyncStatus(status, status.now);
  const tone =
    status.kind === 'failed'
      ? 'text-red-700 dark:text-red-300'
      : status.kind === 'offline' || status.kind === 'throttled'
        ? 'text-amber-800 dark:text-amber-200'
        : 'text-slate-700 dark:text-slate-300';

  return (
    // One line that never wraps: the status changes every few seconds during a sync, and a header
    // that grew and shrank with it would move the whole page. The full text stays in the title
    // and, for screen readers, in the live region itself.
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <div
        role="status"
        aria-live="polite"
        title={[text.headline, text.detail, text.budget].filter(Boolean).join(' · ')}
        className={`min-w-0 flex-1 truncate ${tone}`}
      >
        <span className="font-medium">{text.headline}</span>
        {text.detail !== null && (
          <span className="ml-2 text-slate-500 dark:text-slate-400">{text.detail}</span>
        )}
        {text.budget !== null && (
          <span className="ml-2 tabular-nums text-slate-500 dark:text-slate-400">
            {text.budget}
          </span>
        )}
      </div>
      <button
        type="button"
        onClick={syncNow}
        disabled={unavailable !== null || running || status.kind === 'syncing'}
        title={unavailable ?? undefined}
        aria-describedby={unavailable === null ? undefined : reasonId}
        className="shrink-0 rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Sync now
      </button>
      {unavailable !== null && (
        <span id={reasonId} className="sr-only">
          {unavailable}
        </span>
      )}
      {(waitingForNetwork || message !== null) && (
        <p role="alert" className="basis-full text-amber-800 dark:text-amber-200">
          {waitingForNetwork ? 'Offline: the sync will start when the network is back.' : message}
        </p>
      )}
    </div>
  );
}
