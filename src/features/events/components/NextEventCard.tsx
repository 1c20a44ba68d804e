import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { eventPath } from '../../../ui/events/eventPath.ts';
import { Countdown } from '../../../ui/events/Countdown.tsx';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { TypeChip } from '../../../ui/events/TypeChip.tsx';

/**
 * The next event, large, at the top of the home page: what is coming, and how soon, at a glance.
 * Memoized: the list page re-renders on every keystroke.
 */
export const NextEventCard = memo(function NextEventCard({
  event,
  now,
}: {
  event: EventSummary;
  now: number;
}) {
  const headingId = useId();
  const thumbnail = safeHttpUrl(event.thumbnailUrl);
  return (
    <section
      aria-labelledby={headingId}
      className="relative flex flex-wrap items-center gap-x-4 gap-y-2 overflow-hidden sm:flex-nowrap rounded-xl border border-sky-200 bg-sky-50 p-3 sm:p-4 dark:border-sky-900 dark:bg-sky-950/40"
    >
      {thumbnail && (
        <img
          src={thumbnail}
          alt=""
          className="hidden size-24 shrink-0 rounded-lg object-cover sm:block sm:h-24 sm:w-36"
        />
      )}
      {/* On a phone the countdown sits in the corner, on the "Next up" line: one line less. */}
      <div className="min-w-0 flex-1 space-y-1">
        <h2
          id={headingId}
          className="text-xs font-bold tracking-wide text-sky-800 uppercase dark:text-sky-200"
        >
          Next up
        </h2>
        <p className="text-lg font-bold text-balance sm:text-xl">
          <Link
            to={eventPath(event)}
            className="after:absolute after:inset-0 hover:underline focus-visible:outline-none after:focus-visible:outline-2 after:focus-visible:outline-sky-500"
          >
            {event.name}
          </Link>
        </p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <TypeChip typeId={event.typeId} name={event.typeName} />
          <EventDate dateMs={event.dateMs} precisionId={event.datePrecisionId} now={now} />
          {event.location && (
            <span className="text-slate-600 dark:text-slate-300">{event.location}</span>
          )}
        </p>
      </div>
      <Countdown
        dateMs={event.dateMs}
        precisionId={event.datePrecisionId}
        className="absolute top-3 right-3 text-sm font-bold text-sky-900 sm:static sm:shrink-0 sm:text-right sm:text-2xl dark:text-sky-200"
      />
    </section>
  );
});
