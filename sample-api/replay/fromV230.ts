import type { StoredEvent } from '../types.ts';
import { isoInstant } from '../textFormats.ts';
import {
  RecordError,
  readArray,
  readBoolean,
  readInt,
  readObject,
  readString,
  readText,
} from './recordFields.ts';

export type RecordedMode = 'list' | 'normal' | 'detailed';

/** The mode a 2.3.0 record was recorded in (its `response_mode`); null when it is not 2.3.0. */
export function v230Mode(record: Record<string, unknown>): RecordedMode | null {
  const mode = record.response_mode;
  return mode === 'list' || mode === 'normal' || mode === 'detailed' ? mode : null;
}

/**
 * One recorded 2.3.0 event, in any mode, as the sample server stores it. What the record has is
 * kept as it is (nested objects too); what its mode leaves out becomes "none": relations `[]`,
 * updates `[]`, and for a list-mode record `last_updated` its own date (the only instant it has).
 * The request-dependent `url` and `response_mode` are dropped; the server writes its own.
 */
export function storedFromV230(raw: unknown): StoredEvent {
  const record = readObject(raw, 'event');
  const where = `event ${String(record.id)}`;
  const date = readString(record, 'date', where);
  if (date !== null && Number.isNaN(Date.parse(date)))
    throw new RecordError(`${where}: date "${date}" is not a date/time`);
  const lastUpdated = readString(record, 'last_updated', where);
  if (lastUpdated !== null && Number.isNaN(Date.parse(lastUpdated)))
    throw new RecordError(`${where}: last_updated "${lastUpdated}" is not a date/time`);
  const list = <T>(key: string) => readArray(record, key, where) as T[];
  const type = readObject(record.type, `${where}.type`);
  return {
    id: readInt(record, 'id', where),
    name: readText(record, 'name', where),
    info_urls: list('info_urls'),
    vid_urls: list('vid_urls'),
    image: (record.image ?? null) as StoredEvent['image'],
    date,
    slug: readText(record, 'slug', where),
    type: {
      id: readInt(type, 'id', `${where}.type`),
      name: readText(type, 'name', `${where}.type`),
    },
    description: readString(record, 'description', where) ?? '',
    webcast_live: readBoolean(record, 'webcast_live', where),
    location: readString(record, 'location', where),
    date_precision: (record.date_precision ?? null) as StoredEvent['date_precision'],
    duration: readString(record, 'duration', where),
    updates: list('updates'),
    last_updated: lastUpdated ?? isoInstant(date === null ? 0 : Date.parse(date)),
    agencies: list('agencies'),
    launches: list('launches'),
    expeditions: list('expeditions'),
    spacestations: list('spacestations'),
    program: list('program'),
    astronauts: list('astronauts'),
  };
}
