import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { countStoredEvents, watchSourceWrites } from '../../../db/sourceDatabase.ts';
import { useSource } from '../../../ui/source/useSource.ts';

export interface StorageFacts {
  eventsStored: number;
  /** From `navigator.storage.estimate()`; null where the browser does not say. */
  bytesUsed: number | null;
  bytesQuota: number | null;
  /** null where the browser has no persistent-storage API. */
  persisted: boolean | null;
}

interface StorageManagerLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export function storageManager(): StorageManagerLike | null {
  const storage = (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage;
  return storage ?? null;
}

/** Counts and storage facts for Settings; re-read after every write to the store, from any tab. */
export function useStorageFacts() {
  const { db, apiBaseUrl } = useSource();
  const queryClient = useQueryClient();
  // Under 'events' so the events UI's invalidation of a source's queries refreshes it too.
  const queryKey = ['events', apiBaseUrl, 'storage-facts'] as const;
  useEffect(
    () =>
      watchSourceWrites(db, () => {
        void queryClient.invalidateQueries({ queryKey: ['events', apiBaseUrl, 'storage-facts'] });
      }),
    [db, apiBaseUrl, queryClient],
  );
  return useQuery({
    queryKey,
    networkMode: 'always',
    queryFn: async (): Promise<StorageFacts> => {
      const storage = storageManager();
      const [eventsStored, estimate, persisted] = await Promise.all([
        countStoredEvents(db),
        storage?.estimate?.() ?? Promise.resolve(null),
        storage?.persisted?.() ?? Promise.resolve(null),
      ]);
      return {
        eventsStored,
        bytesUsed: estimate?.usage ?? null,
        bytesQuota: estimate?.quota ?? null,
        persisted,
      };
    },
  });
}
