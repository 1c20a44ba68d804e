import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useNow } from '../../../lib/useNow.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { useBackgroundSyncSupport } from '../hooks/useBackgroundSyncSupport.ts';
import { useNotificationPermission } from '../hooks/useNotificationPermission.ts';
import { backgroundCheckQuery } from '../queries/reminderQueries.ts';
import { BackgroundSyncLines } from './BackgroundSyncLines.tsx';

/**
 * Settings' "Reminders": whether reminders can come while Rendezvous is closed in this browser,
 * what the last background check did (decision 028), and where the reminder choices are.
 */
export function ClosedAppReminders() {
  const support = useBackgroundSyncSupport();
  const { permission } = useNotificationPermission();
  const { db } = useSource();
  const lastCheck = useQuery(backgroundCheckQuery(db)).data ?? null;
  const now = useNow(60_000);
  return (
    <div className="space-y-2">
      {permission === 'unsupported' ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          This browser cannot show notifications, so reminders come only as the alarms of calendar
          files and feeds.
        </p>
      ) : (
        support !== null && (
          <BackgroundSyncLines support={support} lastCheck={lastCheck} now={now} />
        )
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        How long before an event you are reminded, and of which events, is chosen on the{' '}
        <Link
          to="/watchlist"
          className="font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
        >
          Watchlist
        </Link>{' '}
        page.
      </p>
    </div>
  );
}
