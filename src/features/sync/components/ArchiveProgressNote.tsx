import { useSyncStatus } from '../hooks/useSyncStatus.ts';
import { formatClockTime } from '../utils/describeSyncStatus.ts';
import { formatCount } from '../../../lib/formatCount.ts';

/**
 * Above a list while the first download of the archive is unfinished: how much is stored, of how
 * many, and when the rest comes — "1,300 of 1,612 events stored — the rest from 18:42" — so a list
 * never passes for the whole archive. Renders nothing once the archive is complete, and nothing
 * while a run downloads it: the header's "Syncing n of m" says so then, and a note that came with
 * the run and went with its end moved the whole list down and up again (decision 032).
 */
export function ArchiveProgressNote() {
  const status = useSyncStatus();
  const walk = status.firstWalk;
  if (walk === null || status.fullSyncCompleted || status.kind === 'syncing') return null;
  const stored = `${formatCount(Math.min(walk.done, walk.total))} of ${formatCount(walk.total)} events stored`;
  return (
    <p
      role="note"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {stored} — {theRest(status)}
    </p>
  );
}

function theRest(status: ReturnType<typeof useSyncStatus>): string {
  const until = status.wait !== null && status.wait.until > status.now ? status.wait.until : null;
  if (status.kind === 'offline') return 'the rest once the source can be reached';
  if (until !== null) return `the rest from ${formatClockTime(until)}`;
  if (status.retryAt !== null && status.retryAt > status.now) {
    return `the rest from ${formatClockTime(status.retryAt)}`;
  }
  return 'the rest at the next sync';
}
