import { Link } from 'react-router';
import {
  isDockedAt,
  type StationHistory,
  type Stay,
  type StayEnd,
} from '../../../ui/stations/stationStays.ts';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { eventPath } from '../../../ui/events/eventPath.ts';

interface StationStayListProps {
  history: StationHistory;
  now: number;
}

/** "Docked now", "Arriving", "Left", or why the stay could not be paired. */
export function stayStatus(stay: Stay, now: number): string {
  if (stay.unpairedReason !== null) return `Unpaired: ${stay.unpairedReason}`;
  if (isDockedAt(stay, now)) {
    return stay.kind === 'open' ? 'Docked now; no departure announced' : 'Docked now';
  }
  if (stay.arrival !== null && stay.arrival.span.endMs > now) {
    return stay.kind === 'open' ? 'Arriving; no departure announced' : 'Arriving';
  }
  return 'Left';
}

function EndLine({ label, end, now }: { label: string; end: StayEnd; now: number }) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className="text-slate-600 dark:text-slate-300">{label}</span>
      <Link
        to={eventPath(end.event)}
        className="font-medium text-sky-800 underline dark:text-sky-300"
      >
        {end.event.name}
      </Link>
      <EventDate
        dateMs={end.event.dateMs}
        precisionId={end.event.datePrecisionId}
        now={now}
        className="text-slate-600 dark:text-slate-300"
      />
    </p>
  );
}

/**
 * The timeline as text: each visiting vehicle with links to its arrival and departure events, then
 * the other events at the station. This is what screen readers and keyboards use.
 */
export function StationStayList({ history, now }: StationStayListProps) {
  const { station, stays, markers } = history;
  return (
    <div className="grid gap-4 text-sm md:grid-cols-2">
      <div className="space-y-2">
        <h3 className="font-semibold">Visiting vehicles</h3>
        {stays.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">No vehicle in this window.</p>
        ) : (
          <ul aria-label={`Visiting vehicles, ${station.name}`} className="space-y-2">
            {stays.map((stay) => (
              <li key={stay.key} className="border-l-4 border-sky-600 pl-2 dark:border-sky-400">
                <p>
                  <span className="font-semibold">{stay.vehicle}</span>
                  <span className="text-slate-600 dark:text-slate-300">
                    {' '}
                    · {stayStatus(stay, now)}
                  </span>
                </p>
                {stay.arrival !== null && <EndLine label="Arrival" end={stay.arrival} now={now} />}
                {stay.departure !== null && (
                  <EndLine label="Departure" end={stay.departure} now={now} />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">Spacewalks and other events</h3>
        {markers.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-300">None in this window.</p>
        ) : (
          <ul aria-label={`Other events, ${station.name}`} className="space-y-1">
            {markers.map((marker) => (
              <li key={marker.event.id} className="flex flex-wrap items-baseline gap-x-2">
                <span
                  aria-hidden="true"
                  className="size-2 shrink-0 rotate-45 bg-violet-600 dark:bg-violet-400"
                />
                <Link
                  to={eventPath(marker.event)}
                  className="font-medium text-sky-800 underline dark:text-sky-300"
                >
                  {marker.event.name}
                </Link>
                <span className="text-slate-600 dark:text-slate-300">
                  {marker.event.typeName},{' '}
                  <EventDate
                    dateMs={marker.event.dateMs}
                    precisionId={marker.event.datePrecisionId}
                    now={now}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
