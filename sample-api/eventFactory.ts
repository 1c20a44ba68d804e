import { DATE_PRECISIONS, eventType, INFO_TYPES, LANGUAGES, UPDATE_AUTHORS } from './catalog.ts';
import { halfPrecision, quarterPrecision, snapToPrecision } from './calendar.ts';
import { mediaImage, mediaUrl } from './media.ts';
import type { Random } from './random.ts';
import { isoDuration, isoInstant, slugify } from './textFormats.ts';
import type {
  AgencyMini,
  Astronaut,
  EventUpdate,
  Expedition,
  Image,
  InfoUrl,
  LaunchBasic,
  Program,
  SpaceStation,
  StoredEvent,
} from './types.ts';
import { generateWebcasts, type Broadcaster } from './webcasts.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a mission arc or the showcase says about one event; the factory fills in the rest. */
export interface EventDraft {
  name: string;
  typeId: number;
  /** The intended instant; snapped to the chosen precision. Null: undated. */
  dateMs: number | null;
  description: string;
  location: string | null;
  agencies: AgencyMini[];
  programs: Program[];
  station: SpaceStation | null;
  expedition?: Expedition | null;
  crew?: Astronaut[];
  launch?: LaunchBasic | null;
  broadcaster: Broadcaster;
  /** Overrides the precision the factory would pick from the distance to now (null: none sent). */
  precisionId?: number | null;
  /** Overrides: number of webcasts, and whether they are live now. */
  webcasts?: number;
  liveNow?: boolean;
  durationSeconds?: number | null;
  image?: Image | null;
}

/** Counters shared by every event of one data set, so nested ids never collide. */
export interface FactoryContext {
  random: Random;
  nowMs: number;
  nextUpdateId: () => number;
  nextMediaNumber: () => number;
}

const typeImages = new Map<string, Image>();

/** Type images are shared by many events, as LL2's stock images are. */
function typeImage(typeId: number, variant: number): Image {
  const key = `${typeId}:${variant}`;
  const cached = typeImages.get(key);
  if (cached) return cached;
  const type = eventType(typeId);
  const image = mediaImage(
    2000 + typeId * 4 + variant,
    variant === 0 ? `type-${typeId}` : `type-${typeId}-v${variant}`,
    `${type.name} (sample ${variant + 1})`,
  );
  typeImages.set(key, image);
  return image;
}

/**
 * LL2 knows events far ahead only roughly; the further out, the coarser the precision. Far ranges
 * depend on the distance alone, so the events of one arc keep their order after snapping.
 */
function choosePrecision(random: Random, dateMs: number, nowMs: number): number | null {
  const ahead = dateMs - nowMs;
  if (ahead < 0) return random.pick([null, null, 1, 1, 1, 0, 2, 5]);
  if (ahead < 3 * DAY) return random.pick([null, 1, 1, 2, 0]);
  if (ahead < 30 * DAY) return random.pick([1, 2, 3, 4, 5, null]);
  if (ahead < 60 * DAY) return random.pick([5, 6]);
  if (ahead < 120 * DAY) return 7;
  if (ahead < 240 * DAY) return quarterPrecision(dateMs);
  if (ahead < 365 * DAY) return halfPrecision(dateMs);
  if (ahead < 3 * 365 * DAY) return random.chance(0.2) ? 15 : 14;
  return 16;
}

const UPDATE_COMMENTS = [
  'Added event.',
  'Adding event',
  'Updated time.',
  'New time per the latest schedule.',
  'Livestream has started',
  'Confirmed.',
  'Added webcast.',
  'Date moved to NET.',
];

function generateUpdates(
  context: FactoryContext,
  draft: EventDraft,
  dateMs: number | null,
  lastUpdatedMs: number,
  infoUrl: string | null,
): EventUpdate[] {
  const { random } = context;
  const count = random.pick([0, 0, 1, 1, 2, 2, 3, 4]);
  const earliest = (dateMs ?? lastUpdatedMs) - 40 * DAY;
  const updates: EventUpdate[] = [];
  for (let i = 0; i < count; i++) {
    const author = random.pick(UPDATE_AUTHORS);
    const createdMs = Math.min(
      lastUpdatedMs,
      earliest + random.next() * Math.max(0, lastUpdatedMs - earliest),
    );
    updates.push({
      id: context.nextUpdateId(),
      profile_image: random.chance(0.1)
        ? null
        : mediaUrl(`profile-${author.toLowerCase().replace(/_/g, '-')}`),
      comment:
        author === 'LL2'
          ? `Official Webcast by ${draft.agencies[0]?.abbrev ?? 'the agency'} has started`
          : random.pick(UPDATE_COMMENTS),
      info_url: random.chance(0.6) ? infoUrl : null,
      created_by: author,
      created_on: isoInstant(createdMs),
    });
  }
  // LL2 returns updates in no particular order; clients must sort them themselves.
  return random.shuffled(updates);
}

function infoUrls(random: Random, draft: EventDraft): InfoUrl[] {
  if (!random.chance(0.3)) return [];
  const site = random.pick([
    {
      source: 'www.nasa.gov',
      url: `https://www.nasa.gov/blogs/spacestation/${slugify(draft.name)}/`,
    },
    {
      source: 'www.esa.int',
      url: `https://www.esa.int/Science_Exploration/${slugify(draft.name)}`,
    },
    { source: 'www.roscosmos.ru', url: `https://www.roscosmos.ru/${random.int(30_000, 49_999)}/` },
  ]);
  return [
    {
      priority: 10,
      source: site.source,
      title: `${draft.name}: what to expect`,
      description: `Background and timeline for ${draft.name}.`,
      feature_image: null,
      url: site.url,
      type: INFO_TYPES.article,
      language: LANGUAGES.en,
    },
  ];
}

/** Builds a stored event; `id` and the instant it was last edited come from the caller. */
export function buildEvent(
  context: FactoryContext,
  draft: EventDraft,
  id: number,
  lastUpdatedMs: number,
): StoredEvent {
  const { random, nowMs } = context;
  const precisionId =
    draft.precisionId !== undefined
      ? draft.precisionId
      : draft.dateMs === null
        ? null
        : choosePrecision(random, draft.dateMs, nowMs);
  const dateMs = draft.dateMs === null ? null : snapToPrecision(draft.dateMs, precisionId);
  const nearEnough = dateMs !== null && dateMs - nowMs < 21 * DAY;
  const webcastCount = draft.webcasts ?? (nearEnough && random.chance(0.75) ? random.int(1, 3) : 0);
  const vidUrls = generateWebcasts(
    random,
    {
      broadcaster: draft.broadcaster,
      eventName: draft.name,
      eventMs: dateMs,
      count: webcastCount,
      nowMs,
      liveNow: draft.liveNow ?? false,
    },
    context.nextMediaNumber,
  );
  const info = infoUrls(random, draft);
  const durationSeconds =
    draft.durationSeconds !== undefined
      ? draft.durationSeconds
      : random.chance(0.25)
        ? null
        : random.int(10, 420) * 60 + (random.chance(0.5) ? random.int(1, 59) : 0);
  const image =
    draft.image !== undefined
      ? draft.image
      : random.chance(0.06)
        ? null
        : typeImage(draft.typeId, random.int(0, 2));
  return {
    id,
    name: draft.name,
    info_urls: info,
    vid_urls: vidUrls,
    image,
    date: dateMs === null ? null : isoInstant(dateMs),
    slug: slugify(draft.name),
    type: eventType(draft.typeId),
    description: draft.description,
    webcast_live: vidUrls.some((webcast) => webcast.live),
    location: draft.location,
    date_precision: precisionId === null ? null : (DATE_PRECISIONS[precisionId] ?? null),
    duration: durationSeconds === null ? null : isoDuration(durationSeconds),
    updates: generateUpdates(
      context,
      draft,
      dateMs,
      lastUpdatedMs,
      info[0]?.url ?? vidUrls[0]?.url ?? null,
    ),
    last_updated: isoInstant(lastUpdatedMs),
    agencies: draft.agencies,
    launches: draft.launch ? [draft.launch] : [],
    expeditions: draft.expedition ? [draft.expedition] : [],
    spacestations: draft.station ? [draft.station] : [],
    program: draft.programs,
    astronauts: draft.crew ?? [],
  };
}

/** When an event was last edited: shortly after it happened, or some time before now if ahead. */
export function plausibleLastUpdated(random: Random, dateMs: number | null, nowMs: number): number {
  const latest = nowMs - 60_000;
  if (dateMs === null || dateMs > nowMs)
    return (
      Math.floor((latest - random.int(1, 40 * 24) * HOUR - random.int(0, 3599) * 1000) / 1000) *
      1000
    );
  return (
    Math.floor(
      Math.min(latest, dateMs + random.int(5, 3 * 24 * 60) * 60_000 + random.int(0, 59) * 1000) /
        1000,
    ) * 1000
  );
}
