import { formatClockTime, formatWhen, type ShownSyncStatus } from './describeSyncStatus.ts';

const HOUR_MS = 3_600_000;

/**
 * What pressing "Sync now" will do, said beside the button (its accessible description and
 * tooltip) whenever it is not simply "ask for changes now": while the engine waits, offline, or
 * after a server error. Null when there is nothing to add.
 */
export function describeSyncNow(status: ShownSyncStatus, now: number): string | null {
  const wait = status.wait !== null && status.wait.until > now ? status.wait : null;
  if (status.kind === 'offline') {
    return 'Sync now — checks at once whether the source can be reached';
  }
  if (status.kind === 'syncing') {
    if (wait === null) return 'Sync now — a sync is already under way';
    return wait.cause === 'throttled'
      ? `Sync now — a sync is under way, waiting for the API’s throttle (next try ${formatWhen(wait.until, now)})`
      : `Sync now — a sync is under way, retrying the source ${formatWhen(wait.until, now)}`;
  }
  if (wait === null) return null;
  switch (wait.cause) {
    case 'budget': {
      const limit = (status.budget?.windowMs ?? HOUR_MS) === HOUR_MS ? 'hourly' : 'request';
      return `Sync now — waits for the ${limit} limit (${formatClockTime(wait.until)}); the sync continues then by itself`;
    }
    case 'throttled':
      return `Sync now — waits for the API’s throttle (next try ${formatWhen(wait.until, now)})`;
    case 'server-error':
    case 'timeout':
      return `Sync now — tries the source again at once instead of ${formatWhen(wait.until, now)}`;
  }
}
