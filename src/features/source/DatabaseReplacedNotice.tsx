import { useEffect, useState } from 'react';
import { watchDatabaseReplaced, type SourceDatabase } from '../../db/sourceDatabase.ts';

/** Asks for a reload when another tab upgrades or deletes this source's database. */
export function DatabaseReplacedNotice({ db }: { db: SourceDatabase }) {
  const [replaced, setReplaced] = useState(false);
  useEffect(
    () =>
      watchDatabaseReplaced(db, () => {
        setReplaced(true);
      }),
    [db],
  );
  if (!replaced) return null;
  return (
    <div
      role="alert"
      className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <span>
        A newer version of Rendezvous opened in another tab. Reload this tab to keep going.
      </span>
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
