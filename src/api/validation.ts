import type { z } from 'zod';
import type { ResponseIssue } from './errors.ts';

/** A problem inside one record: where (dotted path) and what. */
export interface RecordIssue {
  path: string;
  message: string;
}

/** A record of a page that failed validation and was left out of `results`. */
export interface RejectedRecord {
  /** Position in the page's `results`. */
  index: number;
  /** The record's `id` when it has a readable one. */
  id: number | string | null;
  issues: RecordIssue[];
}

/** `['vid_urls', 0, 'start_time']` → `vid_urls[0].start_time`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export function toRecordIssues(error: z.ZodError): RecordIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
}

export function toResponseIssues(
  error: z.ZodError,
  index: number | null = null,
  id: number | string | null = null,
): ResponseIssue[] {
  return toRecordIssues(error).map((issue) => ({ index, id, ...issue }));
}

/** The `id` of an unvalidated record, if it has a usable one (to name it in reports). */
export function readRecordId(record: unknown): number | string | null {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  const id = record.id;
  return typeof id === 'number' || typeof id === 'string' ? id : null;
}
