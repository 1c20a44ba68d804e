import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { EventDetailed } from '../../../api/schemas.ts';
import { toEventSummary, type EventSummary } from '../../../db/eventSummary.ts';
import { isEventLive } from '../../../domain/live.ts';
import { formatIsoDuration } from '../../../lib/isoDuration.ts';
import { useNow } from '../../../lib/useNow.ts';
import { appEventUrl } from '../../../ui/events/appEventUrl.ts';
import { MountAfterCommit } from '../../../ui/MountAfterCommit.tsx';
import { ShareButton } from '../../../ui/share/ShareButton.tsx';
import { WatchStar } from '../../../ui/watch/WatchStar.tsx';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventArcSummariesQuery } from '../../../ui/queries/eventQueries.ts';
import { AROUND_MS } from '../utils/missionArc.ts';
import { Countdown } from '../../../ui/events/Countdown.tsx';
import { EventArc } from './EventArc.tsx';
import { EventDate } from '../../../ui/events/EventDate.tsx';
import { EventImageFigure } from './EventImageFigure.tsx';
import { EventInfoLinks } from './EventInfoLinks.tsx';
import { EventRelations } from './EventRelations.tsx';
import { EventUpdates } from './EventUpdates.tsx';
import { LiveBadge } from '../../../ui/events/LiveBadge.tsx';
import { TypeChip } from '../../../ui/events/TypeChip.tsx';

/** What other features show on the detail page; the app's route composes them (decision 015). */
export interface EventDetailSlots {
  renderAddToCalendar: (event: EventDetailed) => ReactNode;
  renderWebcasts: (event: EventDetailed) => ReactNode;
  renderNews: (eventId: number) => ReactNode;
  renderHistory: (eventId: number) => ReactNode;
}

/**
 * One event, image first: name, type, date and countdown, webcasts, then the story around it, which
 * mounts in a second commit, so the page's first commit and layout are shorter.
 */
export function EventDetailView({
  event,
  slots,
}: {
  event: EventDetailed;
  slots: EventDetailSlots;
}) {
  const now = useNow(60_000);
  const dateMs = event.date === null ? null : Date.parse(event.date);
  const precisionId = event.date_precision?.id ?? null;
  const duration = formatIsoDuration(event.duration);
  // The same projection and rule as the list's row (decision 021), so a row and its page agree.
  const live = useMemo(() => isEventLive(toEventSummary(event), now), [event, now]);

  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <title>{`${event.name} · Rendezvous`}</title>
      <EventImageFigure image={event.image} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <TypeChip typeId={event.type.id} name={event.type.name} />
          {live && <LiveBadge />}
        </div>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{event.name}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-semibold text-slate-600 dark:text-slate-300">Date</dt>
          <dd className="flex flex-wrap items-baseline gap-x-3">
            <EventDate dateMs={dateMs} precisionId={precisionId} now={now} />
            <Countdown
              dateMs={dateMs}
              precisionId={precisionId}
              className="text-lg font-bold text-sky-800 dark:text-sky-300"
            />
          </dd>
          {duration && (
            <>
              <dt className="font-semibold text-slate-600 dark:text-slate-300">Duration</dt>
              <dd>{duration}</dd>
            </>
          )}
          {event.location && (
            <>
              <dt className="font-semibold text-slate-600 dark:text-slate-300">Location</dt>
              <dd>{event.location}</dd>
            </>
          )}
        </dl>
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <WatchStar event={event} variant="labelled" />
          {slots.renderAddToCalendar(event)}
          <ShareButton title={event.name} url={appEventUrl(event)} />
        </div>
      </header>

      {event.description && (
        <p className="leading-relaxed whitespace-pre-line text-slate-800 dark:text-slate-200">
          {event.description}
        </p>
      )}

      {slots.renderWebcasts(event)}
      <MountAfterCommit>
        <EventRelations event={event} now={now} />
        <StoredEventArc event={event} now={now} />
        <EventUpdates updates={event.updates} now={now} />
        {slots.renderNews(event.id)}
        {slots.renderHistory(event.id)}
        <EventInfoLinks links={event.info_urls} />
      </MountAfterCommit>
    </article>
  );
}

const NO_SUMMARIES: readonly EventSummary[] = [];

/**
 * The arc from the stored events: the few its mission and its dates reach, read through the
 * indexes (the whole archive was read for it before decision 034). It alone follows the store
 * while a sync writes, so the rest of the page does not render again with every page.
 */
function StoredEventArc({ event, now }: { event: EventDetailed; now: number }) {
  const { db } = useSource();
  const dateMs = event.date === null ? Number.NaN : Date.parse(event.date);
  const launchIds = useMemo(() => event.launches.map((launch) => launch.id), [event.launches]);
  const arc = useQuery({
    ...eventArcSummariesQuery(db, event.id, launchIds, dateMs, AROUND_MS),
    // Undated, the event has no before or after (missionArc).
    enabled: !Number.isNaN(dateMs),
  });
  // Re-read after each sync page: rendered in the background, the page's input never waits on it.
  const summaries = useDeferredValue(arc.data);
  return <EventArc event={event} summaries={summaries ?? NO_SUMMARIES} now={now} />;
}
