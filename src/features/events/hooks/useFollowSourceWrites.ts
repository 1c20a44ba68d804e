import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchSourceWrites } from '../../../db/sourceDatabase.ts';
import { useSource } from '../../source/SourceProvider.tsx';
import { eventKeys } from '../queries/eventQueries.ts';

/**
 * Keeps the event queries current: any committed write to the store (a sync page in this tab or
 * another) invalidates them, so lists and details re-read IndexedDB.
 */
export function useFollowSourceWrites(): void {
  const { db } = useSource();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchSourceWrites(db, () => {
        void queryClient.invalidateQueries({ queryKey: eventKeys.all(db.apiBaseUrl) });
      }),
    [db, queryClient],
  );
}
