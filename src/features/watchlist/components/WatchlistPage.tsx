import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { useNow } from '../../../lib/useNow.ts';
import { EventRow } from '../../../ui/events/EventRow.tsx';
import { eventSummariesQuery } from '../../../ui/queries/eventQueries.ts';
import { ShareButton } from '../../../ui/share/ShareButton.tsx';
import { useSource } from '../../../ui/source/useSource.ts';
import { useWatchlist } from '../../../ui/watch/useWatchlist.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { useRecentMarks } from '../../../ui/recentChanges/useRecentMarks.ts';
import { explainError } from '../../../lib/explainError.ts';
import { formatCount, formatCountOf } from '../../../lib/formatCount.ts';

/** Upcoming first (soonest first), then the ones that have happened (latest first), undated last. */
function watchlistOrder(now: number) {
  return (a: EventSummary, b: EventSummary) => {
    const rank = (event: EventSummary) => (event.dateMs === null ? 2 : event.dateMs >= now ? 0 : 1);
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.dateMs === null || b.dateMs === null) return a.name.localeCompare(b.name);
    return rank(a) === 0 ? a.dateMs - b.dateMs : b.dateMs - a.dateMs;
  };
}

/**
 * Rows shown at first, and added by each "Show more": nothing unbounded on a page (decision 021).
 * A watchlist is starred by hand, so a long one is rare; this keeps a thousand stars cheap too.
 */
export const WATCHLIST_PAGE_SIZE = 100;

/** What other features show on the watchlist; the app's route composes them (decision 015). */
export interface WatchlistSlots {
  /** The calendar download of the starred events. */
  renderCalendarExport: (events: readonly { id: number }[], viewTitle: string) => ReactNode;
  /** The reminder choices, below the list. */
  reminderSettings: ReactNode;
}

/** `/watchlist`: the starred events, their reminders, and a calendar of them. */
export function WatchlistPage({ renderCalendarExport, reminderSettings }: WatchlistSlots) {
  const { db } = useSource();
  const now = useNow(60_000);
  const summaries = useQuery(eventSummariesQuery(db));
  const watchlist = useWatchlist();
  const { timeZone } = useSettings();
  const marks = useRecentMarks();
  const [shown, setShown] = useState(WATCHLIST_PAGE_SIZE);
  const { events, missing } = useMemo(() => {
    const byId = new Map((summaries.data ?? []).map((event) => [event.id, event]));
    const found = watchlist.ids
      .map((id) => byId.get(id))
      .filter((event): event is EventSummary => event !== undefined);
    return {
      events: found.sort(watchlistOrder(now)),
      missing: watchlist.ids.length - found.length,
    };
  }, [summaries.data, watchlist.ids, now]);
  const count = formatCountOf(events.length, 'event', 'events');

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <title>Watchlist · Rendezvous</title>
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
            Watchlist
          </h1>
          <p className="text-sm text-slate-600 tabular-nums dark:text-slate-300">{count}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {renderCalendarExport(events, 'Watchlist')}
          <ShareButton title="My Rendezvous watchlist" />
        </div>
      </header>
      {watchlist.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The star could not be saved. {explainError(watchlist.error)}
        </p>
      )}
      {summaries.isPending ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          Reading your stored events…
        </p>
      ) : events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700 dark:border-slate-700 dark:text-slate-200">
          No starred events yet. Star an event on any list or event page to keep it here, see how it
          changes and get a reminder before it starts.
        </p>
      ) : (
        <>
          <ol aria-label="Starred events" className="space-y-1">
            {events.slice(0, shown).map((event) => (
              <li key={event.id}>
                <EventRow
                  event={event}
                  now={now}
                  isNext={false}
                  mark={marks.get(event.id) ?? null}
                  timeZone={timeZone}
                  watchlist={watchlist}
                />
              </li>
            ))}
          </ol>
          {events.length > shown && (
            <button
              type="button"
              onClick={() => {
                setShown((current) => current + WATCHLIST_PAGE_SIZE);
              }}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Show {formatCount(Math.min(WATCHLIST_PAGE_SIZE, events.length - shown))} more of{' '}
              {formatCount(events.length - shown)}
            </button>
          )}
        </>
      )}
      {missing > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {missing === 1
            ? '1 starred event is no longer listed by this source.'
            : `${missing} starred events are no longer listed by this source.`}
        </p>
      )}
      {reminderSettings}
    </div>
  );
}
