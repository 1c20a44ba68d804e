import { memo, useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { useNow } from '../../../lib/useNow.ts';
import { liveEventFinder } from '../utils/liveEvents.ts';
import { formatCount } from '../../../lib/formatCount.ts';

/** The strip never holds more links than this: the rest are one "N more" away (issue 12). */
export const LIVE_NOW_STRIP_LIMIT = 4;

/** The list filtered to what is live now (the "Live now" preset's view). */
export const LIVE_NOW_VIEW_HREF = '/events?webcast_live=true';

/**
 * The "Live now" strip above a list: events whose webcast is on air, at most
 * `LIVE_NOW_STRIP_LIMIT` of them on one row, then "N more" leading to the Live now view. Renders
 * nothing when nothing is live. Memoized: the list page above which it sits re-renders on every
 * keystroke; the strip only with its events and its own clock.
 */
export const LiveNowStrip = memo(function LiveNowStrip({
  events,
  moreHref = LIVE_NOW_VIEW_HREF,
}: {
  events: readonly EventSummary[];
  moreHref?: string;
}) {
  const nowMs = useNow(30_000);
  const headingId = useId();
  // The events' spans are read once; each tick of the clock then scans numbers (at 100,000
  // stored events a tick reading every event was a long task of its own).
  const findLive = useMemo(() => liveEventFinder(events), [events]);
  const live = useMemo(() => findLive(nowMs), [findLive, nowMs]);
  if (live.length === 0) return null;
  const shown = live.slice(0, LIVE_NOW_STRIP_LIMIT);
  const more = live.length - shown.length;
  return (
    <section
      aria-labelledby={headingId}
      // One low row: the strip appears once the list has loaded, so it must push little down.
      className="flex items-center gap-3 rounded-xl border border-red-200 bg-red-50 px-3 py-1.5 dark:border-red-900 dark:bg-red-950/60"
    >
      <h2
        id={headingId}
        className="flex shrink-0 items-center gap-2 text-sm font-bold text-red-800 dark:text-red-200"
      >
        <span
          aria-hidden="true"
          className="size-2.5 rounded-full bg-red-600 motion-safe:animate-pulse"
        />
        Live now
      </h2>
      <ul className="flex min-w-0 gap-2 overflow-x-auto py-0.5">
        {shown.map((event) => {
          const thumbnailUrl = safeHttpUrl(event.thumbnailUrl);
          return (
            <li key={event.id} className="shrink-0">
              <Link
                to={`/events/${event.id}/${encodeURIComponent(event.slug)}`}
                className="flex max-w-64 items-center gap-2 sm:max-w-80 rounded-lg bg-white px-2 py-1 text-sm font-semibold text-slate-900 shadow-sm hover:bg-red-100 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800"
              >
                {thumbnailUrl && (
                  <img
                    src={thumbnailUrl}
                    alt=""
                    width={24}
                    height={24}
                    className="size-6 shrink-0 rounded object-cover"
                  />
                )}
                <span className="truncate">{event.name}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <Link
          to={moreHref}
          aria-label={`${formatCount(more)} more live now`}
          className="shrink-0 rounded-lg px-2 py-1 text-sm font-semibold text-red-800 underline underline-offset-2 hover:bg-red-100 dark:text-red-200 dark:hover:bg-slate-800"
        >
          {formatCount(more)} more
        </Link>
      )}
    </section>
  );
});
