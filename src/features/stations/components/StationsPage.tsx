import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { stationTimelines } from '../../../ui/stations/stationStays.ts';
import { useNow } from '../../../lib/useNow.ts';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { useEventSummaries } from '../../../ui/queries/useEventSummaries.ts';
import { StationStayList } from './StationStayList.tsx';
import { StationTimelineChart } from './StationTimelineChart.tsx';
import { explainError } from '../../../lib/explainError.ts';

/** LL2 date precision "Day": the window's ends are days, not instants. */
const DAY_PRECISION = 5;

/**
 * `/stations`: for each space station of the stored events, the visiting vehicles and other events
 * from 30 days back to 90 days ahead, drawn as a timeline and listed as text. Reads only the stored
 * events (the list projection already in memory), so it works offline.
 */
export function StationsPage() {
  const summaries = useEventSummaries();
  const now = useNow(60_000);
  const timelines = useMemo(
    () => (summaries.data === undefined ? null : stationTimelines(summaries.data, now)),
    [summaries.data, now],
  );
  // "/stations#station-4" (from the summary on the upcoming page): once the stations are drawn.
  const { hash } = useLocation();
  const drawn = timelines !== null;
  useEffect(() => {
    if (drawn && hash.length > 1) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [drawn, hash]);

  return (
    <div className="space-y-6">
      <title>Space stations · Rendezvous</title>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
          Space stations
        </h1>
        {timelines !== null && (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Visiting vehicles and events from{' '}
            <EventDate dateMs={timelines.window.startMs} precisionId={DAY_PRECISION} now={now} /> to{' '}
            <EventDate dateMs={timelines.window.endMs} precisionId={DAY_PRECISION} now={now} />,
            from the stored events. A hatched stretch is a date known only to the day, week or
            month; a bar paired through its launch runs from arrival to departure.
          </p>
        )}
      </header>
      {summaries.isError ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          The stored events could not be read. {explainError(summaries.error)}
        </p>
      ) : timelines === null ? (
        <p role="status" className="text-slate-600 dark:text-slate-300">
          Reading stored events…
        </p>
      ) : timelines.stations.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">
          No stored event names a space station yet. Once the events are synced, the stations they
          name appear here.
        </p>
      ) : (
        timelines.stations.map((history) => {
          const headingId = `station-${history.station.id}`;
          const empty = history.stays.length === 0 && history.markers.length === 0;
          return (
            <section key={history.station.id} aria-labelledby={headingId} className="space-y-3">
              <h2 id={headingId} className="text-xl font-bold">
                {history.station.name}
              </h2>
              {empty ? (
                <p className="text-sm text-slate-600 dark:text-slate-300">
                  Nothing stored at this station in this window.
                </p>
              ) : (
                <>
                  <StationTimelineChart history={history} window={timelines.window} now={now} />
                  <StationStayList history={history} now={now} />
                </>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}
