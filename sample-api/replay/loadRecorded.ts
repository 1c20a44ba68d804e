import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StoredEvent } from '../types.ts';
import { isV220Event, storedFromV220 } from './fromV220.ts';
import { storedFromV230, v230Mode } from './fromV230.ts';
import { RecordError } from './recordFields.ts';

/** Where a served event came from, richest first. */
export type RecordedSource = 'v230-detailed' | 'v230-normal' | 'v230-list' | 'v220-detailed';

const RICHNESS: Readonly<Record<RecordedSource, number>> = {
  'v230-detailed': 4,
  'v230-normal': 3,
  'v230-list': 2,
  'v220-detailed': 1,
};

export interface RecordedFile {
  /** A name for messages (the file's name). */
  name: string;
  records: readonly unknown[];
}

export interface ReplaySummary {
  /** Files read, and files in a folder passed over because they hold no event records. */
  files: string[];
  ignoredFiles: { file: string; reason: string }[];
  /** Records read, before deduplication. */
  records: number;
  /** Distinct events served, by where the kept record came from. */
  served: number;
  bySource: Record<RecordedSource, number>;
  /** Records dropped because a richer (or, at equal richness, newer) one has the same id. */
  duplicates: number;
  /** Records that could not be replayed, each with a sentence saying why. */
  skipped: { file: string; index: number; reason: string }[];
}

export interface RecordedData {
  /** Distinct events, in id order, in the stored 2.3.0 shape. */
  events: StoredEvent[];
  summary: ReplaySummary;
}

/** Thrown when the path itself cannot be replayed (missing, not JSON, no events at all). */
export class ReplaySourceError extends Error {}

function classify(raw: unknown): RecordedSource {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new RecordError('the record is not an object');
  const record = raw as Record<string, unknown>;
  const mode = v230Mode(record);
  if (mode !== null) return `v230-${mode}`;
  if (isV220Event(record)) return 'v220-detailed';
  throw new RecordError(
    'the record is neither a 2.3.0 event (no response_mode) nor a 2.2.0 event (no 2.2.0 url, feature_image or video_url)',
  );
}

/**
 * Converts recorded records to stored events and keeps one per id: the richest (2.3.0 detailed >
 * normal > list > 2.2.0 detailed), and at equal richness the most recently updated.
 */
export function replayRecords(files: readonly RecordedFile[]): RecordedData {
  const kept = new Map<number, { event: StoredEvent; source: RecordedSource }>();
  const summary: ReplaySummary = {
    files: files.map((file) => file.name),
    ignoredFiles: [],
    records: 0,
    served: 0,
    bySource: { 'v230-detailed': 0, 'v230-normal': 0, 'v230-list': 0, 'v220-detailed': 0 },
    duplicates: 0,
    skipped: [],
  };
  for (const file of files) {
    file.records.forEach((raw, index) => {
      summary.records++;
      let source: RecordedSource;
      let event: StoredEvent;
      try {
        source = classify(raw);
        event = source === 'v220-detailed' ? storedFromV220(raw) : storedFromV230(raw);
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        summary.skipped.push({ file: file.name, index, reason: error.message });
        return;
      }
      const current = kept.get(event.id);
      if (current) {
        summary.duplicates++;
        const richer = RICHNESS[source] - RICHNESS[current.source];
        const newer = Date.parse(event.last_updated) > Date.parse(current.event.last_updated);
        if (richer < 0 || (richer === 0 && !newer)) return;
      }
      kept.set(event.id, { event, source });
    });
  }
  const events = [...kept.values()].sort((a, b) => a.event.id - b.event.id);
  for (const { source } of events) summary.bySource[source]++;
  summary.served = events.length;
  return { events: events.map((item) => item.event), summary };
}

/** The event records of one recorded response: a plain array, or a paged envelope's `results`. */
function recordsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body as unknown[];
  if (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { results?: unknown }).results)
  )
    return (body as { results: unknown[] }).results;
  return null;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReplaySourceError(
      `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReplaySourceError(
      `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Reads recorded LL2 responses from a file or a folder (its `*.json` files, not recursive). A file
 * named directly must hold events; in a folder, JSON that holds no event list (an OpenAPI schema,
 * say) is passed over and listed in `ignoredFiles`. The data is read where it lies, never copied.
 */
export function loadRecorded(location: string): RecordedData {
  let isFolder: boolean;
  try {
    isFolder = statSync(location).isDirectory();
  } catch {
    throw new ReplaySourceError(
      `No recorded data at ${location}: there is no such file or folder.`,
    );
  }
  const files: RecordedFile[] = [];
  const ignoredFiles: ReplaySummary['ignoredFiles'] = [];
  const paths = isFolder
    ? readdirSync(location)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.join(location, name))
    : [location];
  for (const file of paths) {
    const records = recordsOf(readJson(file));
    const name = path.basename(file);
    if (records === null) {
      if (!isFolder)
        throw new ReplaySourceError(
          `${file} holds no events: expected a JSON array of events or a page {count, next, previous, results}.`,
        );
      ignoredFiles.push({ file: name, reason: 'not an array of events nor a paged response' });
      continue;
    }
    files.push({ name, records });
  }
  const data = replayRecords(files);
  data.summary.ignoredFiles = ignoredFiles;
  if (data.events.length === 0) throw new ReplaySourceError(`No replayable events in ${location}.`);
  return data;
}

/** One line for logs: "555 events from 5 files (167 2.3.0 …)". */
export function describeReplay(summary: ReplaySummary): string {
  const { bySource } = summary;
  const parts = [
    `${bySource['v230-detailed']} 2.3.0 detailed`,
    `${bySource['v230-normal']} 2.3.0 normal`,
    `${bySource['v230-list']} 2.3.0 list`,
    `${bySource['v220-detailed']} converted from 2.2.0`,
  ];
  const skipped = summary.skipped.length === 0 ? '' : `; ${summary.skipped.length} records skipped`;
  return `${summary.served} recorded events from ${summary.files.length} files (${parts.join(', ')}; ${summary.duplicates} duplicates dropped${skipped})`;
}
