import './zodConfig.ts';
import { z } from 'zod';

/*
 * Runtime schemas for the Launch Library 2 (2.3.0) events API, checked against the published
 * OpenAPI schema and real responses.
 *
 * Unknown keys are stripped (zod's default `z.object`), not passed through and not rejected:
 * - not rejected, because LL2 adds fields without a version bump and a new field must never make
 *   the archive unreadable;
 * - not passed through, because whole records are stored in IndexedDB and handed to the UI: what is
 *   stored is exactly what was validated and typed, nothing unchecked rides along, and the nested
 *   relations (launches, expeditions, programs …), which are large, keep only what the app uses.
 *
 * Required vs nullable follows LL2: a field the API always sends is required; it is nullable where
 * the OpenAPI schema says so or real data has shown null. Enum-like objects (event type, date
 * precision, webcast type, language, statuses) are open-ended: any integer id, any name, so a new
 * id on the server never fails validation.
 */

/** An instant as LL2 sends it ("2025-07-05T21:27:32Z"); offsets and fractions are accepted too. */
export const IsoDateTime = z.iso.datetime({ offset: true });

const Id = z.int();

/** `{id, name}` pairs LL2 uses for open-ended enumerations (statuses, kinds, types). */
const NamedRef = z.object({ id: Id, name: z.string() });

export const License = z.object({
  id: Id,
  name: z.string(),
  priority: z.int(),
  link: z.string().nullable(),
});
export type License = z.infer<typeof License>;

export const ImageVariant = z.object({
  id: Id,
  type: NamedRef,
  image_url: z.string(),
});
export type ImageVariant = z.infer<typeof ImageVariant>;

export const Image = z.object({
  id: Id,
  name: z.string(),
  image_url: z.string(),
  thumbnail_url: z.string(),
  credit: z.string().nullable(),
  license: License,
  single_use: z.boolean(),
  variants: z.array(ImageVariant),
});
export type Image = z.infer<typeof Image>;

/** A language of a webcast or link. `code` is LL2's own code: note Japanese is "jp", not "ja". */
export const Language = z.object({ id: Id, name: z.string(), code: z.string() });
export type Language = z.infer<typeof Language>;

export const VidUrlType = NamedRef;
export type VidUrlType = z.infer<typeof VidUrlType>;

/** A webcast. `url` is untrusted text: the UI links to it only when it is http(s). */
export const VidUrl = z.object({
  priority: z.int(),
  source: z.string().nullable(),
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  feature_image: z.string().nullable(),
  url: z.string(),
  type: VidUrlType.nullable(),
  language: Language.nullable(),
  start_time: IsoDateTime.nullable(),
  end_time: IsoDateTime.nullable(),
  live: z.boolean(),
});
export type VidUrl = z.infer<typeof VidUrl>;

export const InfoUrl = z.object({
  priority: z.int(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  feature_image: z.string().nullable(),
  url: z.string(),
  type: NamedRef.nullable(),
  language: Language.nullable(),
});
export type InfoUrl = z.infer<typeof InfoUrl>;

/** A news update on an event. LL2 sends them in no particular order. */
export const EventUpdate = z.object({
  id: Id,
  profile_image: z.string().nullable(),
  comment: z.string().nullable(),
  info_url: z.string().nullable(),
  created_by: z.string().nullable(),
  created_on: IsoDateTime,
});
export type EventUpdate = z.infer<typeof EventUpdate>;

/** The event's type (1 Unknown, 2 Docking, 3 EVA, …): ids are stable but the set is open. */
export const EventTypeRef = NamedRef;
export type EventTypeRef = z.infer<typeof EventTypeRef>;

/**
 * How exact `date` is: 0 Second … 16 Decade (DESIGN §2). Null on many events, meaning exact.
 * Ids outside the known range are accepted; the UI treats them as exact.
 */
export const DatePrecision = z.object({
  id: Id,
  name: z.string(),
  abbrev: z.string(),
  description: z.string(),
});
export type DatePrecision = z.infer<typeof DatePrecision>;

export const AgencyMini = z.object({
  id: Id,
  name: z.string(),
  abbrev: z.string(),
  type: NamedRef.nullable(),
});
export type AgencyMini = z.infer<typeof AgencyMini>;

export const MissionPatch = z.object({
  id: Id,
  name: z.string(),
  priority: z.int(),
  image_url: z.string(),
  agency: AgencyMini.nullable(),
});
export type MissionPatch = z.infer<typeof MissionPatch>;

export const LaunchStatus = z.object({
  id: Id,
  name: z.string(),
  abbrev: z.string(),
  description: z.string(),
});
export type LaunchStatus = z.infer<typeof LaunchStatus>;

/** A launch related to an event. Its id is a UUID string, unlike every other id. */
export const LaunchBasic = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  launch_designator: z.string().nullable(),
  status: LaunchStatus.nullable(),
  net: IsoDateTime,
  net_precision: DatePrecision.nullable(),
  window_start: IsoDateTime,
  window_end: IsoDateTime,
  image: Image.nullable(),
  infographic: z.string().nullable(),
  last_updated: IsoDateTime,
});
export type LaunchBasic = z.infer<typeof LaunchBasic>;

export const SpaceStation = z.object({
  id: Id,
  name: z.string(),
  image: Image.nullable(),
  status: NamedRef,
  type: NamedRef,
  /** A calendar date ("1998-11-20"), not an instant. */
  founded: z.string(),
  deorbited: z.string().nullable(),
  description: z.string(),
  orbit: z.string().nullable(),
});
export type SpaceStation = z.infer<typeof SpaceStation>;

export const Spacewalk = z.object({
  id: Id,
  name: z.string(),
  start: IsoDateTime.nullable(),
  end: IsoDateTime.nullable(),
  duration: z.string().nullable(),
  location: z.string().nullable(),
});
export type Spacewalk = z.infer<typeof Spacewalk>;

export const Expedition = z.object({
  id: Id,
  name: z.string(),
  start: IsoDateTime,
  end: IsoDateTime.nullable(),
  spacestation: SpaceStation,
  mission_patches: z.array(MissionPatch),
  spacewalks: z.array(Spacewalk),
});
export type Expedition = z.infer<typeof Expedition>;

export const Program = z.object({
  id: Id,
  name: z.string(),
  image: Image.nullable(),
  info_url: z.string().nullable(),
  wiki_url: z.string().nullable(),
  description: z.string().nullable(),
  agencies: z.array(AgencyMini),
  start_date: IsoDateTime.nullable(),
  end_date: IsoDateTime.nullable(),
  mission_patches: z.array(MissionPatch),
  type: NamedRef,
});
export type Program = z.infer<typeof Program>;

export const Astronaut = z.object({
  id: Id,
  name: z.string(),
  status: NamedRef,
  agency: AgencyMini.nullable(),
  image: Image.nullable(),
});
export type Astronaut = z.infer<typeof Astronaut>;

/** LL2 sends null for some relation lists; the app always gets an array (null means none). */
const relationList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);

/** `mode=list`: what an event row needs. */
export const EventList = z.object({
  id: Id,
  url: z.string(),
  name: z.string(),
  slug: z.string(),
  type: EventTypeRef,
  description: z.string(),
  /** The representative instant; see `date_precision`. LL2 allows null (an undated event). */
  date: IsoDateTime.nullable(),
  date_precision: DatePrecision.nullable(),
  /** ISO 8601 duration ("PT1H50M10S"), mostly null. */
  duration: z.string().nullable(),
  location: z.string().nullable(),
  webcast_live: z.boolean(),
  image: Image.nullable(),
  info_urls: z.array(InfoUrl),
  vid_urls: z.array(VidUrl),
  /** "list" | "normal" | "detailed", kept open. */
  response_mode: z.string(),
});
export type EventList = z.infer<typeof EventList>;

/** `mode=normal` (the API's default for lists): list + updates and the change time. */
export const EventNormal = EventList.extend({
  updates: z.array(EventUpdate),
  last_updated: IsoDateTime,
});
export type EventNormal = z.infer<typeof EventNormal>;

/** `mode=detailed` (the default of `/events/{id}/`): normal + related things. */
export const EventDetailed = EventNormal.extend({
  agencies: z.array(AgencyMini),
  launches: z.array(LaunchBasic),
  expeditions: z.array(Expedition),
  spacestations: z.array(SpaceStation),
  /** An array in 2.3.0 (a single object in 2.2.0); null becomes []. */
  program: relationList(Program),
  astronauts: relationList(Astronaut),
});
export type EventDetailed = z.infer<typeof EventDetailed>;
/** What the API sends for a detailed event (before null relation lists become arrays). */
export type EventDetailedInput = z.input<typeof EventDetailed>;

export type EventMode = 'list' | 'normal' | 'detailed';

export const eventSchemaByMode = {
  list: EventList,
  normal: EventNormal,
  detailed: EventDetailed,
} as const;

export interface EventByMode {
  list: EventList;
  normal: EventNormal;
  detailed: EventDetailed;
}

/**
 * The paged envelope. Results are left unchecked here: the client validates each record on its own
 * so one bad record is reported and skipped, while a broken envelope fails the whole page.
 */
export const PagedEnvelope = z.object({
  count: z.int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(z.unknown()),
});

export interface Paged<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** An entry of `/config/event_types/`. */
export const EventTypeConfig = z.object({ id: Id, name: z.string() });
export type EventTypeConfig = z.infer<typeof EventTypeConfig>;

/** An entry of `/api-throttle/` (the endpoint answers with an array of one). */
export const ApiThrottle = z.object({
  your_request_limit: z.int(),
  limit_frequency_secs: z.int(),
  current_use: z.int(),
  next_use_secs: z.int(),
  ident: z.string(),
});
export type ApiThrottle = z.infer<typeof ApiThrottle>;
