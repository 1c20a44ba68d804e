import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchPersonalData } from '../../db/personalStore.ts';
import { useSource } from './useSource.ts';
import { personalKeys } from '../queries/personalQueries.ts';

/**
 * Keeps stars and reminder choices in step across tabs: a change in any tab invalidates them.
 * Mounted once, by the app's reminder runner.
 */
export function useFollowPersonalData(): void {
  const { db } = useSource();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchPersonalData(db, () => {
        void queryClient.invalidateQueries({ queryKey: personalKeys.all(db.apiBaseUrl) });
      }),
    [db, queryClient],
  );
}
