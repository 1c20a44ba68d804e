import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  SNAPSHOT_MANIFEST_FILE,
  SnapshotChunk,
  SnapshotManifest,
  type SnapshotChunkEntry,
} from '../src/api/snapshotManifest.ts';

/** A snapshot folder that cannot be read as one: the sentence says what is wrong and where. */
export class SnapshotFilesError extends Error {
  override readonly name = 'SnapshotFilesError';
}

export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes `text` to `path` so that `path` is either absent/old or complete, never half-written: a
 * temporary file beside it, then one rename (atomic on one file system).
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The previous manifest, null when there is none; a manifest that is not one is an error. */
export async function readManifest(dir: string): Promise<SnapshotManifest | null> {
  const path = join(dir, SNAPSHOT_MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotFilesError(`${path} is not JSON (is it cut off?).`);
  }
  const parsed = SnapshotManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotFilesError(
      `${path} is not a snapshot manifest this version understands (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  return parsed.data;
}

/** A chunk named by the manifest, checked against its size and SHA-256 before it is believed. */
export async function readChunk(dir: string, entry: SnapshotChunkEntry): Promise<SnapshotChunk> {
  const path = join(dir, entry.file);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new SnapshotFilesError(`${path} is missing: ${(error as Error).message}`);
  });
  if (bytes.length !== entry.bytes || sha256Hex(bytes) !== entry.sha256) {
    throw new SnapshotFilesError(
      `${path} does not match the manifest (size or SHA-256 differs): the file is damaged.`,
    );
  }
  const parsed = SnapshotChunk.safeParse(JSON.parse(bytes.toString('utf8')));
  if (!parsed.success) throw new SnapshotFilesError(`${path} is not a snapshot chunk.`);
  return parsed.data;
}

/**
 * Deletes what neither `keep` manifest names in `chunks/` (and temporary files a killed run left),
 * so a reader holding the previous manifest can still fetch its chunks for one more generation.
 */
export async function pruneChunks(
  dir: string,
  keep: readonly (SnapshotManifest | null)[],
): Promise<number> {
  const named = new Set(keep.flatMap((manifest) => manifest?.chunks.map((c) => c.file) ?? []));
  let removed = 0;
  const entries = await readdir(join(dir, 'chunks')).catch(() => [] as string[]);
  for (const name of entries) {
    if (named.has(`chunks/${name}`)) continue;
    await rm(join(dir, 'chunks', name), { force: true });
    removed += 1;
  }
  for (const folder of ['.', 'feeds']) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.includes('.tmp-'))) {
      await rm(join(dir, folder, name), { force: true });
    }
  }
  return removed;
}
