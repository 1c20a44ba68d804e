import { DATE_PRECISIONS } from './catalog.ts';
import { mediaImage, mediaUrl } from './media.ts';
import { AGENCIES, STATIONS, type StationKey } from './organisations.ts';
import type { Random } from './random.ts';
import { isoInstant, slugify } from './textFormats.ts';
import { SELF_ORIGIN, type Expedition, type Image, type LaunchBasic } from './types.ts';

const DAY = 86_400_000;
const EXPEDITION_LENGTH = 182 * DAY;

const LAUNCH_STATUS = {
  go: {
    id: 1,
    name: 'Go for Launch',
    abbrev: 'Go',
    description: 'Current T-0 confirmed by official or reliable sources.',
  },
  tbd: {
    id: 2,
    name: 'To Be Determined',
    abbrev: 'TBD',
    description: 'Current T-0 is not confirmed.',
  },
  success: {
    id: 3,
    name: 'Launch Successful',
    abbrev: 'Success',
    description:
      'The launch vehicle successfully inserted its payload(s) into the target orbit(s).',
  },
};

const rocketImages = new Map<string, Image>();

function rocketImage(vehicle: string): Image {
  let image = rocketImages.get(vehicle);
  if (!image)
    rocketImages.set(
      vehicle,
      (image = mediaImage(6000 + rocketImages.size, `rocket-${slugify(vehicle)}`, vehicle, null)),
    );
  return image;
}

/** The launch an arc begins with, in LaunchBasic shape; its uuid comes from the seeded random. */
export function makeLaunch(
  random: Random,
  nowMs: number,
  vehicle: string,
  mission: string,
  netMs: number,
): LaunchBasic {
  const hex = random.token(32, '0123456789abcdef');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const name = `${vehicle} | ${mission}`;
  const net = isoInstant(netMs);
  const past = netMs <= nowMs;
  const year = new Date(netMs).getUTCFullYear();
  return {
    id,
    url: `${SELF_ORIGIN}/launches/${id}/`,
    name,
    response_mode: 'list',
    slug: slugify(name),
    launch_designator: past ? `${year}-${String(random.int(1, 250)).padStart(3, '0')}` : null,
    status: past
      ? LAUNCH_STATUS.success
      : netMs - nowMs < 14 * DAY
        ? LAUNCH_STATUS.go
        : LAUNCH_STATUS.tbd,
    last_updated: isoInstant(Math.min(nowMs - 60_000, netMs + 3_600_000)),
    net,
    net_precision: DATE_PRECISIONS[past ? 0 : 1] ?? null,
    window_end: net,
    window_start: net,
    image: rocketImage(vehicle),
    infographic: null,
  };
}

/**
 * Expeditions are six-month increments counted from now, shared by every event that falls in one,
 * so events of one crew rotation point at the same expedition object.
 */
export function createExpeditionLookup(
  nowMs: number,
): (station: StationKey, atMs: number) => Expedition {
  const cache = new Map<string, Expedition>();
  return (stationKey, atMs) => {
    const index = Math.floor((atMs - nowMs) / EXPEDITION_LENGTH);
    const key = `${stationKey}:${index}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const number = (stationKey === 'iss' ? 74 : 12) + index;
    const id = (stationKey === 'iss' ? 10_000 : 20_000) + number;
    const startMs = nowMs + index * EXPEDITION_LENGTH;
    const endMs = startMs + EXPEDITION_LENGTH;
    const name = stationKey === 'iss' ? `Expedition ${number}` : `Tiangong Expedition ${number}`;
    const agency = stationKey === 'iss' ? AGENCIES.nasa : AGENCIES.cmsa;
    const expedition: Expedition = {
      id,
      url: `${SELF_ORIGIN}/expeditions/${id}/`,
      name,
      start: isoInstant(startMs),
      end: endMs > nowMs ? null : isoInstant(endMs),
      response_mode: 'normal',
      spacestation: STATIONS[stationKey],
      mission_patches: [
        {
          id,
          name: `${name} Patch`,
          priority: 10,
          image_url: mediaUrl(`patch-${id}`),
          agency,
          response_mode: 'normal',
        },
      ],
      spacewalks: [],
    };
    cache.set(key, expedition);
    return expedition;
  };
}
