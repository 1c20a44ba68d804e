import type { RecentMark } from './recentMarks.ts';

/** "New" or "Changed" since the last visit, next to an event's name. */
export function RecentMarkBadge({ mark }: { mark: RecentMark }) {
  return mark === 'new' ? (
    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-bold text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100">
      New
    </span>
  ) : (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      Changed
    </span>
  );
}
