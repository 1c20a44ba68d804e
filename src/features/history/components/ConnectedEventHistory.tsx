import { useQuery } from '@tanstack/react-query';
import { useNow } from '../../../lib/useNow.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { useSource } from '../../../ui/source/useSource.ts';
import { eventChangesQuery } from '../../../ui/queries/changeQueries.ts';
import { EventHistory } from './EventHistory.tsx';
import { explainError } from '../../../lib/explainError.ts';

/** The detail page's history of one event, read from the stored change records. */
export function ConnectedEventHistory({ eventId }: { eventId: number }) {
  const { db } = useSource();
  const { timeZone } = useSettings();
  const now = useNow(60_000);
  const changes = useQuery(eventChangesQuery(db, eventId));
  if (changes.isError) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        This event’s history could not be read. {explainError(changes.error)}
      </p>
    );
  }
  return <EventHistory changes={changes.data ?? []} format={{ timeZone, now }} />;
}
