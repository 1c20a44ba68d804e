import { useEffect, useState } from 'react';
import {
  watchDatabaseReplaced,
  type DatabaseReplacedReason,
  type SourceDatabase,
} from '../../db/sourceDatabase.ts';

const MESSAGES: Record<DatabaseReplacedReason, string> = {
  replaced: 'A newer version of Rendezvous opened in another tab. Reload this tab to keep going.',
  blocked:
    'An older Rendezvous tab is still holding your stored events. Reload or close the other Rendezvous tabs, then reload this one.',
};

/**
 * Asks for a reload when another tab upgrades or deletes this source's database, or when an older
 * tab blocks this tab's upgrade (instead of leaving the page waiting with no word why).
 */
export function DatabaseReplacedNotice({ db }: { db: SourceDatabase }) {
  const [reason, setReason] = useState<DatabaseReplacedReason | null>(null);
  useEffect(
    () =>
      watchDatabaseReplaced(db, (why) => {
        setReason(why);
      }),
    [db],
  );
  if (reason === null) return null;
  return (
    <div
      role="alert"
      className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>{MESSAGES[reason]}</span>
      <button
        type="button"
        className="rounded border border-amber-400 px-2 py-0.5 font-medium hover:bg-amber-100 dark:border-amber-600 dark:hover:bg-amber-900"
        onClick={() => {
          location.reload();
        }}
      >
        Reload
      </button>
    </div>
  );
}
