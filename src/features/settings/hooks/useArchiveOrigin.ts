import { useEffect, useState } from 'react';
import type { SyncProgressRow } from '../../../db/syncStateRows.ts';
import { watchSyncState } from '../../../db/syncStateStore.ts';
import { useSource } from '../../../ui/source/useSource.ts';

/** Where the stored archive came from, and why the build's snapshot was not used, if it was not. */
export interface ArchiveOrigin {
  source:
    | { kind: 'snapshot'; generatedAt: string; events: number }
    | { kind: 'api' }
    | { kind: 'none-yet' };
  snapshotNote: string | null;
}

export function archiveOriginOf(row: SyncProgressRow): ArchiveOrigin {
  const snapshotNote = row.snapshotNote?.message ?? null;
  if (row.archiveSource) {
    const { generatedAt, events } = row.archiveSource;
    return { source: { kind: 'snapshot', generatedAt, events }, snapshotNote };
  }
  const started = row.firstPaintDoneAt !== null || row.fullSyncCompletedAt !== null;
  return { source: { kind: started ? 'api' : 'none-yet' }, snapshotNote };
}

/** The source's archive origin from the shared sync row, followed across tabs; null while read. */
export function useArchiveOrigin(): ArchiveOrigin | null {
  const { db } = useSource();
  const [origin, setOrigin] = useState<{ db: typeof db; value: ArchiveOrigin } | null>(null);
  useEffect(
    () =>
      watchSyncState(
        db,
        ({ progress }) => {
          setOrigin({ db, value: archiveOriginOf(progress) });
        },
        () => {
          // The status line in the header reports a sync row that cannot be read.
        },
      ),
    [db],
  );
  return origin?.db === db ? origin.value : null;
}
