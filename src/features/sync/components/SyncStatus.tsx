import { useId } from 'react';
import { describeSyncNow } from '../utils/describeSyncNow.ts';
import { describeSyncStatus } from '../utils/describeSyncStatus.ts';
import { useReachabilitySignal } from '../hooks/useReachabilitySignal.ts';
import { useSyncController } from '../../../ui/source/useSyncController.ts';
import { useSyncNow } from '../../../ui/source/useSyncNow.ts';
import { useSyncStatus } from '../hooks/useSyncStatus.ts';

/**
 * The always-visible sync status (DESIGN §4): "Offline", "Syncing n of m", "Up to date, synced …",
 * what a wait waits for ("Throttled by the API — next try in 38 s", "Hourly limit used — continues
 * at 18:42", "The source failed (HTTP 503) — retrying at 18:05"), "Failed: …", the budget left,
 * and "Sync now" with what pressing it will do.
 */
export function SyncStatus() {
  // The header is on every page: here the engine's findings become the app's online signal.
  useReachabilitySignal(useSyncController());
  const status = useSyncStatus();
  const { syncNow, unavailable, pending, message } = useSyncNow();
  const reasonId = useId();
  const text = describeSyncStatus(status, status.now);
  const plan = unavailable ?? describeSyncNow(status, status.now);
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
        {/* A countdown is shown, but the live region says the clock time: announced once, not
            every second. */}
        <span className="font-medium" aria-hidden={text.announcement !== text.headline}>
          {text.headline}
        </span>
        {text.announcement !== text.headline && (
          <span className="sr-only">{text.announcement}</span>
        )}
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
        disabled={unavailable !== null || pending || status.kind === 'syncing'}
        title={plan ?? undefined}
        aria-describedby={plan === null ? undefined : reasonId}
        className="shrink-0 rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Sync now
      </button>
      {plan !== null && (
        <span id={reasonId} className="sr-only">
          {plan}
        </span>
      )}
      {message !== null && (
        <p role="alert" className="basis-full text-amber-800 dark:text-amber-200">
          {message}
        </p>
      )}
    </div>
  );
}
