import { ExplainedError } from '../lib/explainError.ts';
import type { FetchImpl } from './http.ts';
import { EventDetailed } from './schemas.ts';
import {
  SNAPSHOT_MANIFEST_FILE,
  SnapshotChunk,
  SnapshotManifest,
  type SnapshotChunkEntry,
} from './snapshotManifest.ts';
import { readRecordId, toRecordIssues, type RejectedRecord } from './validation.ts';

/** Why a published snapshot cannot be used; the message is a sentence for Settings. */
export type SnapshotProblem = 'missing' | 'unreachable' | 'corrupt' | 'foreign' | 'stale';

/** A snapshot (or one of its files) that cannot be believed: the app downloads from the API. */
export class SnapshotUnusable extends ExplainedError {
  override name = 'SnapshotUnusable';
  constructor(
    readonly problem: SnapshotProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A chunk's events that passed `EventDetailed`, and the records that did not (as API pages). */
export interface SnapshotChunkEvents {
  events: EventDetailed[];
  rejected: RejectedRecord[];
}

/** Reads a published snapshot folder (`npm run snapshot`) over HTTP, believing nothing unchecked. */
export interface SnapshotReader {
  /** The folder's absolute URL, ending in `/`. */
  readonly folderUrl: string;
  readManifest(signal: AbortSignal): Promise<SnapshotManifest>;
  /** One chunk, checked against the manifest's size and SHA-256, its records validated one by one. */
  readChunk(entry: SnapshotChunkEntry, signal: AbortSignal): Promise<SnapshotChunkEvents>;
}

export interface SnapshotReaderOptions {
  folderUrl: string;
  fetchImpl?: FetchImpl;
  /** Per file, body included. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function createSnapshotReader(options: SnapshotReaderOptions): SnapshotReader {
  const { folderUrl } = options;
  const fetchImpl: FetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /** The file's bytes; an abort by the caller is rethrown as it is (giving up is no problem). */
  async function fetchBytes(file: string, signal: AbortSignal): Promise<Uint8Array> {
    const url = new URL(file, folderUrl).href;
    const timeout = AbortSignal.timeout(timeoutMs);
    const unreachable = (error: unknown) => {
      if (signal.aborted) return error;
      const why = timeout.aborted
        ? `did not answer within ${Math.round(timeoutMs / 1000)} seconds`
        : 'could not be reached';
      return new SnapshotUnusable('unreachable', `The snapshot file ${url} ${why}.`);
    };
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: AbortSignal.any([signal, timeout]) });
    } catch (error) {
      throw unreachable(error);
    }
    if (!response.ok) {
      throw new SnapshotUnusable(
        response.status === 404 ? 'missing' : 'unreachable',
        `The snapshot file ${url} was not served (HTTP ${response.status}).`,
      );
    }
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw unreachable(error);
    }
  }

  function parseJson(bytes: Uint8Array, file: string): unknown {
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new SnapshotUnusable(
        'corrupt',
        `The snapshot file ${new URL(file, folderUrl).href} is not complete JSON.`,
      );
    }
  }

  return {
    folderUrl,

    async readManifest(signal) {
      const json = parseJson(
        await fetchBytes(SNAPSHOT_MANIFEST_FILE, signal),
        SNAPSHOT_MANIFEST_FILE,
      );
      const parsed = SnapshotManifest.safeParse(json);
      if (!parsed.success) {
        const issue = toRecordIssues(parsed.error)[0];
        throw new SnapshotUnusable(
          'corrupt',
          `The snapshot's ${SNAPSHOT_MANIFEST_FILE} at ${folderUrl} is not one this version of the app understands (${issue?.path ?? ''}: ${issue?.message ?? 'invalid'}).`,
        );
      }
      return parsed.data;
    },

    async readChunk(entry, signal) {
      const bytes = await fetchBytes(entry.file, signal);
      if (bytes.byteLength !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
        throw new SnapshotUnusable(
          'corrupt',
          `The snapshot file ${entry.file} does not match its manifest (size or SHA-256 differs): it is damaged or from another generation.`,
        );
      }
      const chunk = SnapshotChunk.safeParse(parseJson(bytes, entry.file));
      if (!chunk.success || chunk.data.fromId !== entry.fromId || chunk.data.toId !== entry.toId) {
        throw new SnapshotUnusable(
          'corrupt',
          `The snapshot file ${entry.file} is not the chunk its manifest names.`,
        );
      }
      const events: EventDetailed[] = [];
      const rejected: RejectedRecord[] = [];
      for (const [index, record] of chunk.data.events.entries()) {
        const parsed = EventDetailed.safeParse(record);
        if (parsed.success) events.push(parsed.data);
        else
          rejected.push({ index, id: readRecordId(record), issues: toRecordIssues(parsed.error) });
      }
      return { events, rejected };
    },
  };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
