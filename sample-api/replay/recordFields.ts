/*
 * Reading fields of a recorded JSON record with a clear sentence when one is missing or of the
 * wrong kind, so a bad record is reported by name and skipped instead of crashing the server.
 */

/** A recorded record that cannot be replayed; the message says which record and field. */
export class RecordError extends Error {}

export function readObject(raw: unknown, where: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new RecordError(`${where} is not an object`);
  return raw as Record<string, unknown>;
}

export function readInt(record: Record<string, unknown>, key: string, where: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new RecordError(`${where}: "${key}" is not a whole number`);
  return value;
}

/** A string that must be there. */
export function readText(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new RecordError(`${where}: "${key}" is not text`);
  return value;
}

/** A string that may be null or absent (then null). */
export function readString(
  record: Record<string, unknown>,
  key: string,
  where: string,
): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RecordError(`${where}: "${key}" is not text`);
  return value;
}

export function readBoolean(record: Record<string, unknown>, key: string, where: string): boolean {
  const value = record[key];
  if (typeof value !== 'boolean') throw new RecordError(`${where}: "${key}" is not true/false`);
  return value;
}

/** An array that may be null or absent (then empty). */
export function readArray(record: Record<string, unknown>, key: string, where: string): unknown[] {
  const value = record[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RecordError(`${where}: "${key}" is not a list`);
  return value as unknown[];
}
