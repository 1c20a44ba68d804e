import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type {
  DateSpan,
  StationHistory,
  Stay,
  StayEnd,
  TimelineWindow,
} from '../../../ui/stations/stationStays.ts';
import { eventPath } from '../../../ui/events/eventPath.ts';
import { monthTicks, stayParts, stretchOf, type Stretch } from '../utils/timelineScale.ts';

interface StationTimelineChartProps {
  history: StationHistory;
  window: TimelineWindow;
  now: number;
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

function place(stretch: Stretch, minWidth = '0.375rem'): CSSProperties {
  return {
    left: `${stretch.leftPct}%`,
    width: `max(${stretch.widthPct}%, ${minWidth})`,
  };
}

/** A coarse date (a day, a NET month…) is drawn as a hatched stretch, never as a sharp edge. */
const FUZZY =
  'bg-[repeating-linear-gradient(135deg,var(--color-sky-300)_0_3px,transparent_3px_6px)] dark:bg-[repeating-linear-gradient(135deg,var(--color-sky-500)_0_3px,transparent_3px_6px)]';

/** Inside a bar: the arrival's own span, the certain middle, the departure's own span. */
function StayBar({ stay, window }: { stay: Stay; window: TimelineWindow }) {
  const parts = stayParts(stay, window);
  const first = parts.arrival ?? parts.departure;
  const lastMs =
    parts.departure?.endMs ?? (stay.kind === 'open' ? window.endMs : (parts.arrival?.endMs ?? 0));
  const whole = first === null ? null : stretchOf(first.startMs, lastMs, window);
  if (whole === null) return null;
  const unpaired = stay.kind === 'arrival-only' || stay.kind === 'departure-only';
  const target = stay.arrival ?? stay.departure;
  if (target === null) return null;
  // Parts are placed inside the bar, in percent of the bar itself.
  const inner = (span: { startMs: number; endMs: number } | null) => {
    const part = span === null ? null : stretchOf(span.startMs, span.endMs, window);
    if (part === null || whole.widthPct === 0) return null;
    return {
      leftPct: ((part.leftPct - whole.leftPct) / whole.widthPct) * 100,
      widthPct: (part.widthPct / whole.widthPct) * 100,
    };
  };
  const fuzzyPart = (span: DateSpan | null) => {
    const part = span?.fuzzy ? inner(span) : null;
    return part === null ? null : (
      <span className={`absolute inset-y-0 ${FUZZY}`} style={place(part, '0px')} />
    );
  };
  const middle = inner(parts.middle);
  const labelAtEnd = whole.leftPct > 62;
  return (
    <li className="relative h-9">
      <Link
        to={eventPath(target.event)}
        tabIndex={-1}
        title={`${stay.vehicle}: ${target.event.name}`}
        className="group absolute top-0 block h-9"
        style={place(whole)}
      >
        <span
          className={`absolute top-0 text-xs font-semibold whitespace-nowrap text-slate-800 group-hover:underline dark:text-slate-100 ${labelAtEnd ? 'right-0' : 'left-0'}`}
        >
          {stay.vehicle}
        </span>
        <span
          className={`absolute inset-x-0 bottom-1 h-3 overflow-hidden rounded-sm ${
            unpaired
              ? 'border border-dashed border-amber-600 dark:border-amber-400'
              : 'bg-sky-100 dark:bg-sky-950'
          } ${parts.continues ? 'rounded-r-none' : ''} ${parts.beganBefore ? 'rounded-l-none' : ''}`}
        >
          {middle !== null && (
            <span
              className="absolute inset-y-0 bg-sky-600 dark:bg-sky-400"
              style={place(middle, '0px')}
            />
          )}
          {fuzzyPart(parts.arrival)}
          {fuzzyPart(parts.departure)}
          {unpaired && !parts.arrival?.fuzzy && !parts.departure?.fuzzy && (
            <span className="absolute inset-0 bg-amber-500/60 dark:bg-amber-400/60" />
          )}
        </span>
        {parts.continues && (
          <span className="absolute right-0 bottom-0 text-xs leading-none text-sky-700 dark:text-sky-300">
            ›
          </span>
        )}
      </Link>
      {stay.departure !== null && stay.arrival !== null && (
        <DepartureCap departure={stay.departure} window={window} />
      )}
    </li>
  );
}

/** The departure end of a paired stay links to the departure event itself. */
function DepartureCap({ departure, window }: { departure: StayEnd; window: TimelineWindow }) {
  const stretch = stretchOf(departure.span.startMs, departure.span.endMs, window);
  if (stretch === null) return null;
  return (
    <Link
      to={eventPath(departure.event)}
      tabIndex={-1}
      title={departure.event.name}
      className="absolute bottom-0 block h-5 -translate-x-px"
      style={place(stretch)}
    >
      <span className="absolute inset-y-0 right-0 w-0.5 bg-slate-700 dark:bg-slate-200" />
    </Link>
  );
}

function MarkerLane({ markers, window }: { markers: StayEnd[]; window: TimelineWindow }) {
  if (markers.length === 0) return null;
  return (
    <li className="relative h-6">
      {markers.map((marker) => {
        const stretch = stretchOf(marker.span.startMs, marker.span.endMs, window);
        if (stretch === null) return null;
        return (
          <Link
            key={marker.event.id}
            to={eventPath(marker.event)}
            tabIndex={-1}
            title={`${marker.event.typeName}: ${marker.event.name}`}
            className="absolute top-1 flex h-4 -translate-x-1/2 items-center justify-center"
            style={{
              ...place(stretch, '0.75rem'),
              transform: stretch.widthPct > 1 ? 'none' : undefined,
            }}
          >
            {marker.span.fuzzy && stretch.widthPct > 1 ? (
              <span className={`h-2 w-full rounded-full ${FUZZY} ring-1 ring-violet-500`} />
            ) : (
              <span className="size-2.5 rotate-45 bg-violet-600 dark:bg-violet-400" />
            )}
          </Link>
        );
      })}
    </li>
  );
}

/**
 * The picture of one station's window: a lane per visiting vehicle, a lane of markers, month ticks
 * and today's line. It is hidden from assistive technology and out of the tab order: the list
 * beside it carries the same content, event by event, for screen readers and keyboards.
 */
export function StationTimelineChart({ history, window, now }: StationTimelineChartProps) {
  const today = stretchOf(now, now, window);
  return (
    <div
      aria-hidden="true"
      data-testid="station-timeline"
      className="relative overflow-hidden rounded-md border border-slate-200 bg-slate-50 px-2 pt-6 pb-7 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="relative">
        {monthTicks(window).map((tick) => {
          const at = stretchOf(tick, tick, window);
          if (at === null) return null;
          return (
            <span
              key={tick}
              className="absolute -top-6 bottom-0 border-l border-slate-300 dark:border-slate-700"
              style={{ left: `${at.leftPct}%` }}
            >
              {/* A month starting at the very end has no room for its name. */}
              {at.leftPct < 94 && (
                <span className="absolute top-0 left-1 text-xs text-slate-600 dark:text-slate-300">
                  {monthLabel.format(tick)}
                </span>
              )}
            </span>
          );
        })}
        {today !== null && (
          // Labelled under the lanes: above them it would collide with the month of today.
          <span
            className="absolute -top-6 -bottom-6 border-l-2 border-rose-600 dark:border-rose-400"
            style={{ left: `${today.leftPct}%` }}
          >
            <span
              className={`absolute bottom-0 text-xs font-semibold text-rose-700 dark:text-rose-300 ${today.leftPct > 80 ? 'right-1' : 'left-1'}`}
            >
              Today
            </span>
          </span>
        )}
        <ul className="relative space-y-1">
          {history.stays.map((stay) => (
            <StayBar key={stay.key} stay={stay} window={window} />
          ))}
          <MarkerLane markers={history.markers} window={window} />
        </ul>
      </div>
    </div>
  );
}
