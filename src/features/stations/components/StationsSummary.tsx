import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { stationsNow } from '../../../ui/stations/stationStays.ts';
import { useNow } from '../../../lib/useNow.ts';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { useEventSummaries } from '../../../ui/queries/useEventSummaries.ts';
import { shortStationName } from '../utils/shortStationName.ts';

/** Stations shown at most: on a phone the summary sits beside the Filters button, two lines tall. */
const SHOWN_STATIONS = 2;
/** Docked vehicles named per station on a wide screen before "and N more". */
const SHOWN_VEHICLES = 3;

/**
 * "At the stations": who is docked now and who arrives next, per station, from the stored events.
 * On a phone one short line per station (the names and dates are on /stations); on a wide screen
 * the docked vehicles and the next arrival's date too. Renders nothing when no station has anyone
 * docked or coming.
 */
export function StationsSummary() {
  // A re-read of the store while a sync writes renders in the background, like the list's.
  const summaries = useDeferredValue(useEventSummaries().data);
  const now = useNow(60_000);
  const stations = useMemo(
    () => (summaries === undefined ? [] : stationsNow(summaries, now)),
    [summaries, now],
  );
  if (stations.length === 0) return null;
  return (
    <section aria-labelledby="at-the-stations" className="text-xs lg:space-y-1 lg:text-sm">
      <h2 id="at-the-stations" className="sr-only font-semibold lg:not-sr-only">
        At the stations
      </h2>
      <ul className="lg:space-y-1.5">
        {stations.slice(0, SHOWN_STATIONS).map(({ station, docked, nextArrival }) => {
          const names = docked.slice(0, SHOWN_VEHICLES).map((stay) => stay.vehicle);
          const more = docked.length - names.length;
          return (
            <li key={station.id} className="truncate lg:whitespace-normal">
              <Link
                to={`/stations#station-${station.id}`}
                className="font-semibold text-sky-800 underline dark:text-sky-300"
              >
                <span className="lg:hidden">{shortStationName(station.name)}</span>
                <span className="hidden lg:inline">{station.name}</span>
              </Link>
              <span className="text-slate-700 dark:text-slate-200">
                {': '}
                {docked.length === 0 ? 'nobody docked' : `${docked.length} docked`}
                {docked.length > 0 && (
                  <span className="hidden lg:inline">
                    {' '}
                    ({names.join(', ')}
                    {more > 0 ? ` and ${more} more` : ''})
                  </span>
                )}
                {nextArrival?.arrival && (
                  <>
                    {' · next '}
                    {nextArrival.vehicle}
                    <span className="hidden lg:inline">
                      {', '}
                      <EventDate
                        dateMs={nextArrival.arrival.event.dateMs}
                        precisionId={nextArrival.arrival.event.datePrecisionId}
                        now={now}
                      />
                    </span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
