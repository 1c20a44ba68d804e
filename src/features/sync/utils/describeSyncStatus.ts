import { formatWait } from '../../../api/formatWait.ts';
import type { SyncStatus } from '../../../sync/syncStatus.ts';

/**
 * What the status shows: the engine's status, plus 'starting' for a source never synced while the
 * sync code is still loading, so the page does not say "Not synced yet" of a sync about to start.
 */
export type ShownSyncStatus = Omit<SyncStatus, 'kind'> & { kind: SyncStatus['kind'] | 'starting' };

export interface SyncStatusText {
  /** The status in DESIGN §4's words: "Offline", "Syncing n of m", "Up to date, synced …" … */
  headline: string;
  /** A second line when there is more to say (when offline: when the last sync finished). */
  detail: string | null;
  /** "12 of 15 requests left this hour", null when the source has no limit. */
  budget: string | null;
}

const numbers = new Intl.NumberFormat('en');

export function describeSyncStatus(status: ShownSyncStatus, now: number): SyncStatusText {
  const synced = status.lastSuccessAt === null ? null : formatAgo(status.lastSuccessAt, now);
  const inTime = (at: number | null) => (at === null ? null : formatWait((at - now) / 1000));
  const budget =
    status.budget === null
      ? null
      : `${numbers.format(status.budget.remaining)} of ${numbers.format(status.budget.limit)} requests left this hour`;
  const skipped =
    status.rejectedRecords > 0
      ? `${numbers.format(status.rejectedRecords)} unreadable ${status.rejectedRecords === 1 ? 'record' : 'records'} skipped`
      : null;

  switch (status.kind) {
    case 'offline':
      return {
        headline: 'Offline',
        detail: synced === null ? 'Not synced yet' : `Last synced ${synced}`,
        budget,
      };
    case 'syncing': {
      const progress = status.progress;
      const headline =
        progress === null || progress.total === null
          ? 'Syncing'
          : `Syncing ${numbers.format(Math.min(progress.done, progress.total))} of ${numbers.format(progress.total)}`;
      return { headline, detail: null, budget };
    }
    case 'up-to-date':
      return { headline: `Up to date, synced ${synced ?? 'never'}`, detail: skipped, budget };
    case 'throttled': {
      const wait = inTime(status.retryAt);
      return {
        headline: wait === null ? 'Throttled' : `Throttled, next try in ${wait}`,
        detail: null,
        budget,
      };
    }
    case 'failed': {
      const wait = inTime(status.retryAt);
      // The header has room for the first sentence; the rest (what to do) is in the detail line.
      const [first = 'unknown error', ...rest] = (status.reason ?? 'unknown error').split(
        /(?<=\.)\s+/,
      );
      const advice = rest.join(' ');
      return {
        headline: `Failed: ${first.replace(/\.$/, '')}${wait === null ? '' : `, retrying in ${wait}`}`,
        detail:
          [advice, synced === null ? '' : `Last synced ${synced}.`].filter(Boolean).join(' ') ||
          null,
        budget,
      };
    }
    case 'never-synced':
      return { headline: 'Not synced yet', detail: null, budget };
    case 'starting':
      return { headline: 'Starting sync…', detail: null, budget };
  }
}

/** "just now", "5 min ago", "3 h ago", "on 12 Mar": how long ago a sync finished. */
export function formatAgo(at: number, now: number): string {
  const seconds = Math.max(0, (now - at) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `on ${new Date(at).toLocaleDateString('en', { day: 'numeric', month: 'short' })}`;
}
