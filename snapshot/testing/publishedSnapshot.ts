import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnapshotManifest } from '../../src/api/snapshotManifest.ts';
import type { Clock } from '../../src/sync/clock.ts';
import { buildSnapshot } from '../buildSnapshot.ts';
import type { ChunkLimits } from '../chunkPlan.ts';
import { serveStaticFolder } from './staticFolderServer.ts';

/**
 * A snapshot built by the real `npm run snapshot` code from an API, in a temporary folder served
 * over HTTP: what the app's first run reads in tests. The helpers damage it as a host might.
 */
export async function publishTestSnapshot(options: {
  apiBaseUrl: string;
  clock: Clock;
  limits?: ChunkLimits;
}) {
  const dir = await mkdtemp(join(tmpdir(), 'rendezvous-served-snapshot-'));
  const report = await buildSnapshot({
    apiBaseUrl: options.apiBaseUrl,
    outDir: dir,
    clock: options.clock,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  if (report.status !== 'complete') throw new Error(`the snapshot ended ${report.status}`);
  const server = await serveStaticFolder(dir);
  const manifestPath = join(dir, 'manifest.json');
  const readManifest = async () =>
    JSON.parse(await readFile(manifestPath, 'utf8')) as SnapshotManifest;
  return {
    folderUrl: `${server.origin}/`,
    requestLog: server.requestLog,
    readManifest,
    /** Rewrites the manifest (e.g. another source, an old date). */
    async editManifest(change: (manifest: SnapshotManifest) => SnapshotManifest) {
      await writeFile(manifestPath, JSON.stringify(change(await readManifest())));
    },
    /** Flips one byte in the middle of a chunk file: same size, another SHA-256. */
    async damageChunk(file: string) {
      const path = join(dir, file);
      const bytes = await readFile(path);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle] === 0x20 ? 0x21 : 0x20;
      await writeFile(path, bytes);
    },
    /** Rewrites a chunk's events and names the new file's size and SHA-256 in the manifest. */
    async rewriteChunk(file: string, change: (events: unknown[]) => unknown[]) {
      const path = join(dir, file);
      const chunk = JSON.parse(await readFile(path, 'utf8')) as { events: unknown[] };
      const text = JSON.stringify({ ...chunk, events: change(chunk.events) });
      await writeFile(path, text);
      const manifest = await readManifest();
      const entry = manifest.chunks.find((candidate) => candidate.file === file);
      if (entry === undefined) throw new Error(`no chunk ${file}`);
      entry.bytes = Buffer.byteLength(text);
      entry.sha256 = createHash('sha256').update(text).digest('hex');
      await writeFile(manifestPath, JSON.stringify(manifest));
    },
    async writeManifestText(text: string) {
      await writeFile(manifestPath, text);
    },
    async removeManifest() {
      await rm(manifestPath);
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type PublishedTestSnapshot = Awaited<ReturnType<typeof publishTestSnapshot>>;
