import { useQuery } from '@tanstack/react-query';
import { countStoredEvents } from '../../../db/eventReads.ts';
import { eventKeys } from '../../../ui/queries/eventQueries.ts';
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

/**
 * Counts and storage facts for Settings. The key lies under the source's event queries, so the one
 * follower of the store's writes (SourceWritesFollower) refreshes it after every write, from any tab.
 */
export function useStorageFacts() {
  const { db, apiBaseUrl } = useSource();
  return useQuery({
    queryKey: eventKeys.storageFacts(apiBaseUrl),
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
