import type { SnapshotManifest } from '../../api/snapshotManifest.ts';
import type { Clock } from '../clock.ts';

/**
 * A snapshot built by the real snapshot job (snapshot/testing/publishedSnapshot.ts, a Node module)
 * from the sample server and served over HTTP. Imported by path at run time, as the sample server
 * is (sampleServer.ts): the app's TypeScript project has no Node types.
 */
export interface TestSnapshot {
  folderUrl: string;
  requestLog: { path: string; status: number }[];
  readManifest(): Promise<SnapshotManifest>;
  editManifest(change: (manifest: SnapshotManifest) => SnapshotManifest): Promise<void>;
  damageChunk(file: string): Promise<void>;
  rewriteChunk(file: string, change: (events: unknown[]) => unknown[]): Promise<void>;
  writeManifestText(text: string): Promise<void>;
  removeManifest(): Promise<void>;
  close(): Promise<void>;
}

interface PublishedSnapshotModule {
  publishTestSnapshot(options: {
    apiBaseUrl: string;
    clock: Clock;
    limits?: { maxBytes: number; targetBytes: number };
  }): Promise<TestSnapshot>;
}

const MODULE = new URL('../../../snapshot/testing/publishedSnapshot.ts', import.meta.url).href;

export async function publishTestSnapshot(options: {
  apiBaseUrl: string;
  clock: Clock;
  limits?: { maxBytes: number; targetBytes: number };
}): Promise<TestSnapshot> {
  const module = (await import(/* @vite-ignore */ MODULE)) as PublishedSnapshotModule;
  return module.publishTestSnapshot(options);
}
