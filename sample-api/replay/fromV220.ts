import type {
  AgencyMini,
  Expedition,
  IdName,
  Image,
  InfoUrl,
  LaunchBasic,
  MissionPatch,
  Program,
  SpaceStation,
  StoredEvent,
  VidUrl,
} from '../types.ts';
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

/*
 * Converts a Launch Library 2 **2.2.0** event (`/2.2.0/event/…?mode=detailed`, or an event of a
 * 2.2.0 dashboard) into the 2.3.0 shape the sample server stores. The mapping table, with what
 * 2.2.0 cannot tell and what is filled in instead, is in sample-api/README.md ("Replaying recorded
 * data"). The rule for gaps: never invent a fact that looks real. A missing precision is `null`
 * (LL2's own "exact or unknown"), a missing relation is `[]`, a missing abbreviation is `''`, a
 * missing kind is `{ id: 0, name: 'Unknown' }` unless the 2.2.0 text names it.
 */

const UNKNOWN_KIND: IdName = { id: 0, name: 'Unknown' };

/** LL2's agency types by name; 2.2.0 sends only the name. */
const AGENCY_TYPES: Readonly<Record<string, number>> = {
  Government: 1,
  Multinational: 2,
  Commercial: 3,
  Educational: 4,
  Private: 5,
  Unknown: 6,
};

const UNKNOWN_LICENSE = { id: 1, name: 'Unknown', priority: 9, link: null };

/** A stable positive id for an image known only by its URL (2.2.0 has no Image objects). */
export function imageIdFromUrl(url: string): number {
  let hash = 2166136261;
  for (let index = 0; index < url.length; index++) {
    hash ^= url.charCodeAt(index);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return (hash % 900_000_000) + 100_000_000;
}

/** A 2.2.0 `image_url`/`feature_image` string as a 2.3.0 Image (or null when there is none). */
export function imageFromUrl(url: string | null, name: string): Image | null {
  if (url === null || url === '') return null;
  return {
    id: imageIdFromUrl(url),
    name,
    image_url: url,
    thumbnail_url: url,
    credit: null,
    license: UNKNOWN_LICENSE,
    single_use: true,
    variants: [],
  };
}

/** "youtube.com" for https://www.youtube.com/…; null for a text that is not a URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function agencyFrom(raw: unknown, where: string): AgencyMini {
  const agency = readObject(raw, where);
  const typeName = readString(agency, 'type', where);
  const typeId = typeName === null ? undefined : AGENCY_TYPES[typeName];
  return {
    response_mode: 'list',
    id: readInt(agency, 'id', where),
    url: readText(agency, 'url', where),
    name: readText(agency, 'name', where),
    abbrev: readString(agency, 'abbrev', where) ?? '',
    type: typeId === undefined || typeName === null ? UNKNOWN_KIND : { id: typeId, name: typeName },
  };
}

function missionPatchFrom(raw: unknown, where: string): MissionPatch {
  const patch = readObject(raw, where);
  return {
    id: readInt(patch, 'id', where),
    name: readText(patch, 'name', where),
    priority: readInt(patch, 'priority', where),
    image_url: readText(patch, 'image_url', where),
    agency: patch.agency == null ? null : agencyFrom(patch.agency, `${where}.agency`),
    response_mode: 'normal',
  };
}

function idName(raw: unknown, where: string): IdName {
  const value = readObject(raw, where);
  return { id: readInt(value, 'id', where), name: readText(value, 'name', where) };
}

/**
 * A 2.2.0 space station. The one nested in an expedition is shorter (no `founded`, no
 * `description`); `full` (the same station from the event's `spacestations`) fills those in.
 */
function spaceStationFrom(
  raw: unknown,
  where: string,
  full?: Record<string, unknown>,
): SpaceStation {
  const station = { ...full, ...readObject(raw, where) };
  const name = readText(station, 'name', where);
  return {
    id: readInt(station, 'id', where),
    url: readText(station, 'url', where),
    name,
    image: imageFromUrl(readString(station, 'image_url', where), name),
    status: idName(station.status, `${where}.status`),
    founded: readString(station, 'founded', where) ?? '',
    deorbited: readString(station, 'deorbited', where),
    description: readString(station, 'description', where) ?? '',
    orbit: readString(station, 'orbit', where),
    type: UNKNOWN_KIND,
  };
}

function programFrom(raw: unknown, where: string): Program {
  const program = readObject(raw, where);
  const name = readText(program, 'name', where);
  return {
    response_mode: 'normal',
    id: readInt(program, 'id', where),
    url: readText(program, 'url', where),
    name,
    image: imageFromUrl(readString(program, 'image_url', where), name),
    info_url: readString(program, 'info_url', where),
    wiki_url: readString(program, 'wiki_url', where),
    description: readString(program, 'description', where),
    agencies: readArray(program, 'agencies', where).map((agency, index) =>
      agencyFrom(agency, `${where}.agencies[${index}]`),
    ),
    start_date: readString(program, 'start_date', where),
    end_date: readString(program, 'end_date', where),
    mission_patches: readArray(program, 'mission_patches', where).map((patch, index) =>
      missionPatchFrom(patch, `${where}.mission_patches[${index}]`),
    ),
    type: UNKNOWN_KIND,
  };
}

/** The full 2.2.0 launch (rocket, mission, pad …) reduced to 2.3.0's LaunchBasic. */
function launchFrom(raw: unknown, where: string): LaunchBasic {
  const launch = readObject(raw, where);
  const name = readText(launch, 'name', where);
  const mission = launch.mission == null ? null : readObject(launch.mission, `${where}.mission`);
  const status = launch.status == null ? null : readObject(launch.status, `${where}.status`);
  return {
    id: readText(launch, 'id', where),
    url: readText(launch, 'url', where),
    name,
    response_mode: 'list',
    slug: readText(launch, 'slug', where),
    launch_designator: mission
      ? readString(mission, 'launch_designator', `${where}.mission`)
      : null,
    status: status && {
      id: readInt(status, 'id', `${where}.status`),
      name: readText(status, 'name', `${where}.status`),
      abbrev: readText(status, 'abbrev', `${where}.status`),
      description: readText(status, 'description', `${where}.status`),
    },
    last_updated: readText(launch, 'last_updated', where),
    net: readText(launch, 'net', where),
    net_precision: null,
    window_end: readText(launch, 'window_end', where),
    window_start: readText(launch, 'window_start', where),
    image: imageFromUrl(readString(launch, 'image', where), name),
    infographic: readString(launch, 'infographic', where),
  };
}

function webcastFrom(url: string): VidUrl {
  return {
    priority: 10,
    source: hostOf(url),
    publisher: null,
    title: null,
    description: null,
    feature_image: null,
    url,
    type: null,
    language: null,
    start_time: null,
    end_time: null,
    live: false,
  };
}

function infoLinkFrom(url: string): InfoUrl {
  return {
    priority: 10,
    source: hostOf(url),
    title: null,
    description: null,
    feature_image: null,
    url,
    type: null,
    language: null,
  };
}

/**
 * 2.2.0 has no `last_updated`. The newest instant the record itself proves it was touched at is
 * used instead: the latest of its date, its updates' `created_on` and its launches' `last_updated`.
 */
function impliedLastUpdated(date: string | null, instants: readonly string[]): string {
  const times = [date, ...instants]
    .filter((value): value is string => value !== null)
    .map((value) => Date.parse(value))
    .filter((ms) => !Number.isNaN(ms));
  return isoInstant(times.length === 0 ? 0 : Math.max(...times));
}

/** Whether a record is in the 2.2.0 event shape (a 2.2.0 URL, or 2.2.0-only fields). */
export function isV220Event(record: Record<string, unknown>): boolean {
  if (typeof record.url === 'string' && record.url.includes('/2.2.0/')) return true;
  return !('response_mode' in record) && ('feature_image' in record || 'video_url' in record);
}

/** One 2.2.0 event in the stored 2.3.0 shape. Throws a `RecordError` naming the bad field. */
export function storedFromV220(raw: unknown): StoredEvent {
  const record = readObject(raw, 'event');
  const where = `event ${String(record.id)}`;
  const name = readText(record, 'name', where);
  const date = readString(record, 'date', where);
  if (date !== null && Number.isNaN(Date.parse(date)))
    throw new RecordError(`${where}: date "${date}" is not a date/time`);
  const updates = readArray(record, 'updates', where).map((update, index) => {
    const at = `${where}.updates[${index}]`;
    const value = readObject(update, at);
    return {
      id: readInt(value, 'id', at),
      profile_image: readString(value, 'profile_image', at),
      comment: readString(value, 'comment', at),
      info_url: readString(value, 'info_url', at),
      created_by: readString(value, 'created_by', at),
      created_on: readText(value, 'created_on', at),
    };
  });
  const launches = readArray(record, 'launches', where).map((launch, index) =>
    launchFrom(launch, `${where}.launches[${index}]`),
  );
  const stationRecords = readArray(record, 'spacestations', where).map((station, index) =>
    readObject(station, `${where}.spacestations[${index}]`),
  );
  const expeditions: Expedition[] = readArray(record, 'expeditions', where).map((raw, index) => {
    const at = `${where}.expeditions[${index}]`;
    const expedition = readObject(raw, at);
    const nested = readObject(expedition.spacestation, `${at}.spacestation`);
    const full = stationRecords.find((station) => station.id === nested.id);
    return {
      id: readInt(expedition, 'id', at),
      url: readText(expedition, 'url', at),
      name: readText(expedition, 'name', at),
      start: readText(expedition, 'start', at),
      end: readString(expedition, 'end', at),
      response_mode: 'normal',
      spacestation: spaceStationFrom(nested, `${at}.spacestation`, full),
      mission_patches: readArray(expedition, 'mission_patches', at).map((patch, patchIndex) =>
        missionPatchFrom(patch, `${at}.mission_patches[${patchIndex}]`),
      ),
      spacewalks: [],
    };
  });
  // 2.2.0 detailed events send `program` as an array; some older answers send one object.
  const programRaw = record.program;
  const programs =
    programRaw == null ? [] : Array.isArray(programRaw) ? (programRaw as unknown[]) : [programRaw];
  const videoUrl = readString(record, 'video_url', where);
  const newsUrl = readString(record, 'news_url', where);
  return {
    id: readInt(record, 'id', where),
    name,
    info_urls: newsUrl ? [infoLinkFrom(newsUrl)] : [],
    vid_urls: videoUrl ? [webcastFrom(videoUrl)] : [],
    image: imageFromUrl(readString(record, 'feature_image', where), name),
    date,
    slug: readText(record, 'slug', where),
    type: idName(record.type, `${where}.type`),
    description: readString(record, 'description', where) ?? '',
    // The Starship dashboard's events omit the flag; absent means not flagged.
    webcast_live: 'webcast_live' in record ? readBoolean(record, 'webcast_live', where) : false,
    location: readString(record, 'location', where),
    date_precision: null,
    duration: null,
    updates,
    last_updated: impliedLastUpdated(date, [
      ...updates.map((update) => update.created_on),
      ...launches.map((launch) => launch.last_updated),
    ]),
    agencies: [],
    launches,
    expeditions,
    spacestations: stationRecords.map((station, index) =>
      spaceStationFrom(station, `${where}.spacestations[${index}]`),
    ),
    program: programs.map((program, index) => programFrom(program, `${where}.program[${index}]`)),
    astronauts: [],
  };
}
