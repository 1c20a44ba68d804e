import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { setWatched } from '../../db/personalStore.ts';
import { useSource } from '../source/useSource.ts';
import { personalKeys, watchlistQuery } from '../queries/personalQueries.ts';

export interface Watchlist {
  /** Starred ids, oldest star first. */
  ids: readonly number[];
  has: (eventId: number) => boolean;
  toggle: (eventId: number) => void;
  /** Why the last star or unstar could not be saved (a full disk), or null. */
  error: Error | null;
}

/** The starred events of the current source, and starring (other tabs: `useFollowPersonalData`). */
export function useWatchlist(): Watchlist {
  const { db } = useSource();
  const queryClient = useQueryClient();
  const key = personalKeys.watchlist(db.apiBaseUrl);
  const query = useQuery(watchlistQuery(db));
  const ids = useMemo(() => query.data ?? [], [query.data]);
  const set = useMemo(() => new Set(ids), [ids]);
  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: ({ eventId, watched }: { eventId: number; watched: boolean }) =>
      setWatched(db, eventId, watched, Date.now()),
    onMutate: async ({ eventId, watched }) => {
      // Shown at once; put back if the write fails.
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<number[]>(key);
      queryClient.setQueryData<number[]>(key, (current = []) =>
        watched
          ? [...current.filter((id) => id !== eventId), eventId]
          : current.filter((id) => id !== eventId),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      queryClient.setQueryData(key, context?.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return {
    ids,
    has: (eventId) => set.has(eventId),
    toggle: (eventId) => {
      mutation.mutate({ eventId, watched: !set.has(eventId) });
    },
    error: mutation.error,
  };
}
