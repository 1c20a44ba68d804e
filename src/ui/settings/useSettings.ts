import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import {
  DEFAULT_SETTINGS,
  readSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../db/settings.ts';

export const settingsKeys = {
  all: ['settings'] as const,
};

/** The device's settings, read from IndexedDB (works offline); kept current by `useFollowSettings`. */
export const settingsQuery = queryOptions({
  queryKey: settingsKeys.all,
  queryFn: () => readSettings(),
  networkMode: 'always',
  staleTime: Infinity,
});

/** The device's settings; the defaults until they are read (SourceProvider waits for that). */
export function useSettings(): Settings {
  return useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
}

/** Saves a change to the settings; every tab picks it up. */
export function useUpdateSettings(): (patch: Partial<Settings>) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (patch: Partial<Settings>) => {
      const next = await updateSettings(patch);
      queryClient.setQueryData(settingsKeys.all, next);
    },
    [queryClient],
  );
}

/** Mirrors changes made by other tabs into the settings query. Mounted once, by SourceProvider. */
export function useFollowSettings(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      watchSettings(
        (settings) => {
          queryClient.setQueryData(settingsKeys.all, settings);
        },
        () => {
          // Re-reading puts the failure into the settings query, where SourceProvider shows it.
          void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
        },
      ),
    [queryClient],
  );
}
