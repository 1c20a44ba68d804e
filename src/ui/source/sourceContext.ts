import { createContext } from 'react';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { SyncController } from '../../sync/syncController.ts';

/** The API source the app shows: its canonical base URL and its database. */
export interface Source {
  apiBaseUrl: string;
  db: SourceDatabase;
}

export const SourceContext = createContext<Source | null>(null);
/**
 * The source's sync controller: null while its code is still loading (it loads after the first
 * render), undefined outside SourceProvider.
 */
export const SyncControllerContext = createContext<SyncController | null | undefined>(undefined);
/** Why the sync code could not be loaded, null while it loads or once it has. */
export const SyncEngineErrorContext = createContext<Error | null>(null);
