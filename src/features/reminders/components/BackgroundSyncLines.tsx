import type { BackgroundCheckRow } from '../../../db/personalRows.ts';
import { formatAgo } from '../../../lib/formatAgo.ts';
import { formatCountOf } from '../../../lib/formatCount.ts';
import type { BackgroundSyncSupport } from '../utils/backgroundSync.ts';

/** What the last background check did, or that the browser has not run one yet. */
export function describeBackgroundCheck(
  check: Omit<BackgroundCheckRow, 'key'> | null,
  now: number,
): string {
  if (check === null) return 'The browser has not run a background check yet.';
  const requests = formatCountOf(check.requests, 'request', 'requests');
  const notices =
    check.notices === 0
      ? 'nothing new to tell'
      : formatCountOf(check.notices, 'notification', 'notifications');
  return `Last background check ${formatAgo(check.atMs, now)}: ${requests}, ${notices}.`;
}

/** Whether reminders can come with the app closed, said for people (decision 028). */
export function BackgroundSyncLines({
  support,
  lastCheck,
  now,
}: {
  support: BackgroundSyncSupport;
  lastCheck: Omit<BackgroundCheckRow, 'key'> | null;
  now: number;
}) {
  const text = {
    allowed:
      'While Rendezvous is closed, it checks your starred events now and then (as often as the browser allows) and tells you when one moves or is about to start.',
    declined:
      'This browser does not let Rendezvous check your starred events while it is closed, so reminders come only while it is open. Installing the app, or allowing it to sync in the background in the site settings, lets them come with it closed.',
    unsupported:
      'This browser cannot check for changes while Rendezvous is closed, so reminders come only while it is open. Calendar files and feeds carry their own alarms.',
  }[support];
  // A check already run is said even where the browser no longer allows more.
  const check =
    support === 'allowed' || lastCheck !== null ? describeBackgroundCheck(lastCheck, now) : null;
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-300">{text}</p>
      {check !== null && <p className="text-sm text-slate-600 dark:text-slate-300">{check}</p>}
    </>
  );
}
