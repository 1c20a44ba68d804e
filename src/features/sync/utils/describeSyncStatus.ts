import { formatWait } from '../../../api/formatWait.ts';
import { formatAgo } from '../../../lib/formatAgo.ts';
import { formatCount } from '../../../lib/formatCount.ts';
import type { SyncStatus } from '../../../sync/syncStatus.ts';
import type { SyncWait } from '../../../sync/syncWait.ts';

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
  /**
   * The headline for the live region: the same words, but a wait is said as a clock time
   * ("next try at 18:04:38") rather than a countdown, so a screen reader is not told every second.
   */
  announcement: string;
}

const HOUR_MS = 3_600_000;
/** Waits shorter than this count down in seconds; longer ones say the clock time. */
const COUNTDOWN_LIMIT_MS = 2 * 60_000;

export function describeSyncStatus(status: ShownSyncStatus, now: number): SyncStatusText {
  const text = describeWithoutAnnouncement(status, now);
  const wait = status.wait;
  const announcement =
    wait !== null && wait.until > now
      ? describeWait(wait, status.budget?.windowMs ?? HOUR_MS, now, true)
      : text.headline;
  return { ...text, announcement };
}

function describeWithoutAnnouncement(
  status: ShownSyncStatus,
  now: number,
): Omit<SyncStatusText, 'announcement'> {
  const wait = status.wait !== null && status.wait.until > now ? status.wait : null;
  const waitText =
    wait === null ? null : describeWait(wait, status.budget?.windowMs ?? HOUR_MS, now, false);
  const synced = status.lastSuccessAt === null ? null : formatAgo(status.lastSuccessAt, now);
  const inTime = (at: number | null) => (at === null ? null : formatWait((at - now) / 1000));
  const budget =
    status.budget === null
      ? null
      : `${formatCount(status.budget.remaining)} of ${formatCount(status.budget.limit)} requests left this hour`;
  const skipped =
    status.rejectedRecords > 0
      ? `${formatCount(status.rejectedRecords)} unreadable ${status.rejectedRecords === 1 ? 'record' : 'records'} skipped`
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
      const syncing =
        progress === null || progress.total === null
          ? 'Syncing'
          : `Syncing ${formatCount(Math.min(progress.done, progress.total))} of ${formatCount(progress.total)}`;
      // A run waiting inside a request says what it waits for; the progress moves to the detail.
      if (waitText !== null) return { headline: waitText, detail: syncing, budget };
      return { headline: syncing, detail: null, budget };
    }
    case 'up-to-date':
      return { headline: `Up to date, synced ${synced ?? 'never'}`, detail: skipped, budget };
    case 'throttled': {
      const stored =
        status.firstWalk === null
          ? null
          : `${formatCount(status.firstWalk.done)} of ${formatCount(status.firstWalk.total)} events stored`;
      const retry = inTime(status.retryAt);
      return {
        headline: waitText ?? (retry === null ? 'Throttled' : `Throttled, next try in ${retry}`),
        detail: stored ?? (synced === null ? null : `Last synced ${synced}`),
        budget,
      };
    }
    case 'failed': {
      if (waitText !== null) {
        return {
          headline: waitText,
          detail: synced === null ? null : `Last synced ${synced}`,
          budget,
        };
      }
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

/**
 * What one wait is for, with its time (issue 12, part 6): "Throttled by the API — next try in
 * 38 s", "Hourly limit used — continues at 18:42", "The source failed (HTTP 503) — retrying at
 * 18:05". `spoken` says every time as a clock time, for the live region.
 */
export function describeWait(
  wait: SyncWait,
  windowMs: number,
  now: number,
  spoken = false,
): string {
  const when = formatWhen(wait.until, now, spoken);
  switch (wait.cause) {
    case 'throttled':
      return `Throttled by the API — next try ${when}`;
    case 'budget':
      return `${windowMs === HOUR_MS ? 'Hourly limit' : 'Request limit'} used — continues ${when}`;
    case 'server-error':
      return `The source failed${wait.httpStatus === null ? '' : ` (HTTP ${wait.httpStatus})`} — retrying ${when}`;
    case 'timeout':
      return `The source did not answer in time — retrying ${when}`;
  }
}

/** "in 38 s" for a short wait (a countdown), "at 18:42" (local clock, rounded up) for a long one. */
export function formatWhen(at: number, now: number, spoken = false): string {
  const ms = at - now;
  if (ms < COUNTDOWN_LIMIT_MS && !spoken) return `in ${Math.max(1, Math.ceil(ms / 1000))} s`;
  return `at ${formatClockTime(at, ms < COUNTDOWN_LIMIT_MS)}`;
}

/** "18:42" (rounded up to the minute, never early), or "18:41:38" with seconds. */
export function formatClockTime(at: number, withSeconds = false): string {
  const shown = withSeconds ? Math.ceil(at / 1000) * 1000 : Math.ceil(at / 60_000) * 60_000;
  return new Date(shown).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  });
}
