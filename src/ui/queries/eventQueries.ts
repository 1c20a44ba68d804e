import { queryOptions } from '@tanstack/react-query';
import { type SourceDatabase } from '../../db/sourceDatabase.ts';
import {
  getStoredEvent,
  loadArcSummaries,
  loadEventSummaries,
  loadSummaryPreview,
  type DatedRange,
} from '../../db/eventReads.ts';

/**
 * Query keys from general to specific. Everything under `all(source)` is invalidated when the
 * source's store changes, and keys carry the source so two sources never share a cache entry.
 */
export const eventKeys = {
  all: (source: string) => ['events', source] as const,
  lists: (source: string) => [...eventKeys.all(source), 'list'] as const,
  summaries: (source: string) => [...eventKeys.lists(source), 'summaries'] as const,
  preview: (source: string, range: DatedRange, limit: number) =>
    [...eventKeys.lists(source), 'preview', range, limit] as const,
  details: (source: string) => [...eventKeys.all(source), 'detail'] as const,
  detail: (source: string, id: number) => [...eventKeys.details(source), id] as const,
  arc: (
    source: string,
    id: number,
    launchIds: readonly string[],
    dateMs: number,
    aroundMs: number,
  ) => [...eventKeys.detail(source, id), 'arc', launchIds, dateMs, aroundMs] as const,
  /** Settings' counts and storage estimate: under `all`, so every write to the store refreshes it. */
  storageFacts: (source: string) => [...eventKeys.all(source), 'storage-facts'] as const,
};

/**
 * Every stored event's list projection, loaded once per source and filtered in memory (DESIGN §1).
 * Reads IndexedDB, never the network, so it runs offline too; sync writes invalidate it.
 */
export function eventSummariesQuery(db: SourceDatabase) {
  return queryOptions({
    queryKey: eventKeys.summaries(db.apiBaseUrl),
    queryFn: () => loadEventSummaries(db),
    networkMode: 'always',
    staleTime: Infinity,
    // Every re-read follows a write, so there is little to keep; comparing 10,000 summaries
    // deeply with the last read was one 40-80 ms task per re-read during a first sync
    // (decision 032). The list's model is rebuilt in slices either way.
    structuralSharing: false,
  });
}

/**
 * A list's count and first rows from the `dateMs` index, shown until the whole set is loaded
 * (decision 031). `null` when the range's head cannot be read that way (see loadSummaryPreview).
 */
export function eventListPreviewQuery(
  db: SourceDatabase,
  range: DatedRange,
  limit: number,
  /** Called as soon as the rows are read, before anything renders them. */
  onRead?: () => void,
) {
  return queryOptions({
    queryKey: eventKeys.preview(db.apiBaseUrl, range, limit),
    queryFn: async () => {
      const preview = await loadSummaryPreview(db, range, limit);
      onRead?.();
      return preview;
    },
    networkMode: 'always',
    staleTime: Infinity,
    // Dropped once nothing shows it: a later open must not show a count from before later writes.
    gcTime: 0,
  });
}

/** One stored event, full record. `null` (not undefined: React Query forbids it) when not stored. */
export function storedEventQuery(db: SourceDatabase, id: number) {
  return queryOptions({
    queryKey: eventKeys.detail(db.apiBaseUrl, id),
    queryFn: async () => (await getStoredEvent(db, id)) ?? null,
    networkMode: 'always',
    staleTime: Infinity,
  });
}

/**
 * The summaries around one event for its "Before and after": its mission and what is dated within
 * `aroundMs` of it, read through the indexes (loadArcSummaries), not the whole archive. Keyed by
 * the event's launches and date, so a changed event reads again.
 */
export function eventArcSummariesQuery(
  db: SourceDatabase,
  id: number,
  launchIds: readonly string[],
  dateMs: number,
  aroundMs: number,
) {
  return queryOptions({
    queryKey: eventKeys.arc(db.apiBaseUrl, id, launchIds, dateMs, aroundMs),
    queryFn: () => loadArcSummaries(db, launchIds, dateMs, aroundMs),
    networkMode: 'always',
    staleTime: Infinity,
  });
}
