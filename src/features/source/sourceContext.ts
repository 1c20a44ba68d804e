import { createContext } from 'react';
import type { Ll2Client } from '../../api/client.ts';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { SyncController } from '../../sync/syncController.ts';

/** The API source the app shows: its canonical base URL, its database and a client for it. */
export interface Source {
  apiBaseUrl: string;
  db: SourceDatabase;
  client: Ll2Client;
}

export const SourceContext = createContext<Source | null>(null);
export const SyncControllerContext = createContext<SyncController | null>(null);
