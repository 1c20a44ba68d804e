import { Link } from 'react-router';
import type { EventSummary } from '../../db/eventSummary.ts';
import { safeHttpUrl } from '../../lib/safeUrl.ts';
import { useImageFailure } from '../../lib/useImageFailure.ts';
import { RecentMarkBadge } from '../recentChanges/RecentMarkBadge.tsx';
import type { RecentMark } from '../recentChanges/recentMarks.ts';
import { WatchStarIn } from '../watch/WatchStar.tsx';
import type { Watchlist } from '../watch/useWatchlist.ts';
import type { Settings } from '../../db/settings.ts';
import { eventPath } from './eventPath.ts';
import { isEventLive } from '../../domain/live.ts';
import { Countdown } from './Countdown.tsx';
import { EventDateIn } from './EventDate.tsx';
import { LiveBadge } from './LiveBadge.tsx';
import { TypeChip } from './TypeChip.tsx';

const COUNTDOWN_HORIZON_MS = 3 * 86_400_000;

interface EventRowProps {
  event: EventSummary;
  now: number;
  /** The next event on an upcoming list: drawn so it is obvious at a glance. */
  isNext: boolean;
  /** New or Changed since the person's last visit. */
  mark?: RecentMark | null;
  /** The zone dates are shown in (Settings.timeZone), read once by the list for all its rows. */
  timeZone: Settings['timeZone'];
  /**
   * The watchlist the row's star toggles, read once by the list (a subscription per row was a cost
   * of every search); null leaves the star out.
   */
  watchlist: Watchlist | null;
}

/**
 * One line of the board: thumbnail, name (the link, named by the event's name alone), type chip,
 * date with its precision, location, live badge. The link is stretched over the whole row.
 */
export function EventRow({ event, now, isNext, mark = null, timeZone, watchlist }: EventRowProps) {
  const thumbnail = safeHttpUrl(event.thumbnailUrl);
  // A thumbnail that fails to load leaves the plain tile behind it, never a broken image.
  const thumbnailImage = useImageFailure(thumbnail);
  const live = isEventLive(event, now);
  const soon =
    event.dateMs !== null && event.dateMs > now && event.dateMs - now < COUNTDOWN_HORIZON_MS;
  return (
    <article
      className={`relative flex items-center gap-3 rounded-lg px-2 py-2 hover:bg-slate-100 focus-within:bg-slate-100 sm:gap-4 dark:hover:bg-slate-800/70 dark:focus-within:bg-slate-800/70 ${
        isNext ? 'bg-sky-50 ring-1 ring-sky-300 dark:bg-sky-950/50 dark:ring-sky-800' : ''
      }`}
    >
      <div className="size-14 shrink-0 overflow-hidden rounded-md bg-slate-200 sm:h-14 sm:w-20 dark:bg-slate-800">
        {thumbnail && !thumbnailImage.failed && (
          <img
            src={thumbnail}
            alt=""
            loading="lazy"
            decoding="async"
            className="size-full object-cover"
            onError={thumbnailImage.onError}
          />
        )}
      </div>
      <div className="min-w-0 flex-1">
        <h3 className="line-clamp-2 text-sm font-semibold sm:truncate text-slate-900 sm:text-base dark:text-slate-50">
          <Link
            to={eventPath(event)}
            className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none after:focus-visible:outline-2 after:focus-visible:outline-sky-500"
          >
            {event.name}
          </Link>
        </h3>
        <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 sm:text-sm dark:text-slate-300">
          <TypeChip typeId={event.typeId} name={event.typeName} />
          {live && <LiveBadge />}
          {mark && <RecentMarkBadge mark={mark} />}
          {isNext && (
            <span className="text-xs font-bold tracking-wide text-sky-800 uppercase dark:text-sky-200">
              Next
            </span>
          )}
          {event.location && <span className="min-w-0 truncate">{event.location}</span>}
        </div>
        <div className="mt-0.5 text-xs sm:hidden">
          <EventWhen event={event} now={now} soon={soon} timeZone={timeZone} />
        </div>
      </div>
      <div className="hidden shrink-0 text-right text-sm sm:block">
        <EventWhen event={event} now={now} soon={soon} timeZone={timeZone} />
      </div>
      {watchlist && <WatchStarIn event={event} watchlist={watchlist} />}
    </article>
  );
}

/** Date with its precision, and a countdown when the event is close. */
function EventWhen({
  event,
  now,
  soon,
  timeZone,
}: {
  event: EventSummary;
  now: number;
  soon: boolean;
  timeZone: Settings['timeZone'];
}) {
  return (
    <>
      <EventDateIn
        timeZone={timeZone}
        dateMs={event.dateMs}
        precisionId={event.datePrecisionId}
        now={now}
        className="text-slate-800 sm:block dark:text-slate-100"
      />
      {soon && (
        <Countdown
          dateMs={event.dateMs}
          precisionId={event.datePrecisionId}
          className="ml-2 font-semibold text-sky-800 sm:ml-0 sm:block dark:text-sky-300"
        />
      )}
    </>
  );
}
