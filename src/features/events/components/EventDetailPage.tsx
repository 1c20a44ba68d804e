import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../../ui/NotFoundPage.tsx';
import { RenderDeferred } from '../../../ui/RenderDeferred.tsx';
import { useSource } from '../../../ui/source/useSource.ts';
import { useRefreshEventOnOpen } from '../hooks/useRefreshEventOnOpen.ts';
import { useEventRefreshOutcome } from '../hooks/useEventRefreshOutcome.ts';
import { storedEventQuery } from '../../../ui/queries/eventQueries.ts';
import { EventDetailView, type EventDetailSlots } from './EventDetailView.tsx';
import { explainError } from '../../../lib/explainError.ts';

const ID = /^[1-9]\d{0,15}$/;

/**
 * Route `/events/:id/:slug?`. An id that is not a number is an unknown page straight away. What
 * other features show on it arrives in `slots` (app/routes/EventDetailRoute.tsx).
 */
export function EventDetailPage({ slots }: { slots: EventDetailSlots }) {
  const { id: rawId = '' } = useParams();
  const id = Number(rawId);
  // Past 2^53 two ids read as one number: no event can have such an id.
  if (!ID.test(rawId) || !Number.isSafeInteger(id)) {
    return <NotFoundPage message="Event addresses look like /events/1234." />;
  }
  return <StoredEventDetail id={id} slots={slots} />;
}

function Waiting({ children }: { children: string }) {
  return (
    <p role="status" className="py-12 text-center text-slate-600 dark:text-slate-300">
      {children}
    </p>
  );
}

/**
 * Shows the stored copy at once and refreshes it from the source in the background. "Not found"
 * only once the store has answered that it has no such event and, when online, the refresh has
 * found nothing either: never a flash of "not found" while something is still being asked.
 */
function StoredEventDetail({ id, slots }: { id: number; slots: EventDetailSlots }) {
  const { db, apiBaseUrl } = useSource();
  useRefreshEventOnOpen(id);
  const stored = useQuery(storedEventQuery(db, id));
  const refresh = useEventRefreshOutcome(apiBaseUrl, id);
  const { refetch } = stored;

  // A refresh that stored the event: re-read now rather than wait for the write notification.
  useEffect(() => {
    if (refresh === 'stored') void refetch();
  }, [refresh, refetch]);

  if (stored.isPending) return <Waiting>Reading the stored event…</Waiting>;
  if (stored.isError) {
    return (
      <p role="alert" className="py-12 text-center text-red-800 dark:text-red-300">
        The stored event could not be read. {explainError(stored.error)}
      </p>
    );
  }
  // The page renders in the background, in slices, when the stored copy arrives or changes, so a
  // first visit's sync and the page's input never wait behind one long render; below this
  // component, which reads the store (decision 036).
  if (stored.data) {
    return (
      <RenderDeferred value={stored.data} pending={<Waiting>Reading the stored event…</Waiting>}>
        {(event) => <EventDetailView event={event} slots={slots} />}
      </RenderDeferred>
    );
  }
  if (refresh === 'pending') return <Waiting>Asking the source for this event…</Waiting>;
  if (refresh === 'stored') return <Waiting>Reading the downloaded event…</Waiting>;
  if (refresh === 'offline') {
    return (
      <NotFoundPage
        title="Not available offline"
        message={`Event ${id} is not stored on this device, and the source cannot be reached while offline.`}
      />
    );
  }
  return <NotFoundPage message={`There is no event with id ${id}.`} />;
}
