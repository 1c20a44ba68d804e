import type {
  AgencyMini,
  DatePrecision,
  EventDetailed,
  EventTypeRef,
  EventUpdate,
  Image,
  Program,
  SpaceStation,
  VidUrl,
} from '../schemas.ts';

/*
 * Test-data factories: each returns a valid, realistic record (it parses with the schemas in
 * ../schemas.ts) and takes overrides. Ids come from one counter so events made in one test never
 * collide; pass `id` to pin one.
 */

let nextId = 1000;
const newId = () => (nextId += 1);

const EVENT_TYPE_NAMES: Record<number, string> = {
  1: 'Unknown',
  2: 'Docking',
  3: 'EVA',
  4: 'Spacecraft Berthing',
  5: 'Static Fire',
  6: 'Spacecraft Event',
  7: 'Moon Landing',
  8: 'Spacecraft Undocking',
  9: 'Spacecraft Landing',
  10: 'Abort Test',
  11: 'Celestial Event',
  12: 'Hatch Opening',
  13: 'Spacecraft Release',
  14: 'Test Flight',
  15: 'Change of Command',
  16: 'Orbital Insertion',
  17: 'Farewell Ceremony',
  18: 'Rehearsal',
  19: 'Ambient Pressure Test',
  20: 'Press Event',
  21: 'Cryoproof Test',
  22: 'Wet Dress Rehearsal',
  23: 'Flyby',
  24: 'Launch',
  25: 'Spacecraft Relocation',
  26: 'Satellite Deployment',
  27: 'Rollout',
  28: 'Public Hearing',
};

const DATE_PRECISIONS: Record<number, [name: string, abbrev: string]> = {
  0: ['Second', 'SEC'],
  1: ['Minute', 'MIN'],
  2: ['Hour', 'HR'],
  3: ['Morning (local)', 'AM'],
  4: ['Afternoon (local)', 'PM'],
  5: ['Day', 'DAY'],
  6: ['Week', 'WEEK'],
  7: ['Month', 'MONTH'],
  8: ['Quarter 1', 'Q1'],
  9: ['Quarter 2', 'Q2'],
  10: ['Quarter 3', 'Q3'],
  11: ['Quarter 4', 'Q4'],
  12: ['Half 1', 'H1'],
  13: ['Half 2', 'H2'],
  14: ['Year', 'YEAR'],
  15: ['Fiscal Year', 'FY'],
  16: ['Decade', 'DEC'],
};

export function makeEventType(id = 2): EventTypeRef {
  return { id, name: EVENT_TYPE_NAMES[id] ?? `Event type ${id}` };
}

export function makeDatePrecision(id = 1): DatePrecision {
  const [name, abbrev] = DATE_PRECISIONS[id] ?? [`Precision ${id}`, `P${id}`];
  return { id, name, abbrev, description: `The date is accurate to the ${name.toLowerCase()}.` };
}

export function makeImage(overrides: Partial<Image> = {}): Image {
  const id = overrides.id ?? newId();
  return {
    id,
    name: 'Progress docking',
    image_url: `https://images.example.test/events/${id}.jpeg`,
    thumbnail_url: `https://images.example.test/events/${id}_thumb.jpeg`,
    credit: 'NASA',
    license: {
      id: 4,
      name: 'NASA Image and Media Guidelines',
      priority: 0,
      link: 'https://www.nasa.gov/nasa-brand-center/images-and-media/',
    },
    single_use: false,
    variants: [],
    ...overrides,
  };
}

export function makeVidUrl(overrides: Partial<VidUrl> = {}): VidUrl {
  return {
    priority: 10,
    source: 'youtube.com',
    publisher: 'NASA',
    title: 'Progress 92 Cargo Ship Docking',
    description: 'Coverage of the rendezvous and docking of the Progress 92 cargo craft.',
    feature_image: 'https://i.ytimg.com/vi/gs1ic-neuWc/maxresdefault.jpg',
    url: 'https://www.youtube.com/watch?v=gs1ic-neuWc',
    type: { id: 1, name: 'Official Webcast' },
    language: { id: 1, name: 'English', code: 'en' },
    start_time: '2025-07-05T20:43:14Z',
    end_time: '2025-07-05T21:33:20Z',
    live: false,
    ...overrides,
  };
}

/** A webcast with nothing optional: no image, no announced window, not live. */
export function makeBareWebcast(overrides: Partial<VidUrl> = {}): VidUrl {
  return makeVidUrl({
    title: 'Live coverage',
    description: null,
    feature_image: null,
    url: 'https://www.youtube.com/watch?v=abc',
    start_time: null,
    end_time: null,
    ...overrides,
  });
}

/** A launch as events carry it; `id` is a UUID in LL2, any string here. */
export function makeLaunch(
  id: string,
  name: string,
  net = '2026-07-01T12:00:00Z',
): EventDetailed['launches'][number] {
  return {
    id,
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    launch_designator: null,
    status: null,
    net,
    net_precision: null,
    window_start: net,
    window_end: net,
    image: null,
    infographic: null,
    last_updated: net,
  };
}

export function makeUpdate(overrides: Partial<EventUpdate> = {}): EventUpdate {
  return {
    id: newId(),
    profile_image: null,
    comment: 'Official Webcast by NASA has started',
    info_url: 'https://plus.nasa.gov/scheduled-video/progress-92-cargo-ship-docking/',
    created_by: 'LL2',
    created_on: '2025-07-05T20:46:00Z',
    ...overrides,
  };
}

export function makeAgency(overrides: Partial<AgencyMini> = {}): AgencyMini {
  return {
    id: 63,
    name: 'Russian Federal Space Agency (ROSCOSMOS)',
    abbrev: 'RFSA',
    type: { id: 1, name: 'Government' },
    ...overrides,
  };
}

export function makeSpaceStation(overrides: Partial<SpaceStation> = {}): SpaceStation {
  return {
    id: 4,
    name: 'International Space Station',
    image: null,
    status: { id: 1, name: 'Active' },
    type: { id: 1, name: 'Government' },
    founded: '1998-11-20',
    deorbited: null,
    description:
      'The International Space Station is a habitable artificial satellite in low Earth orbit.',
    orbit: 'Low Earth Orbit',
    ...overrides,
  };
}

export function makeProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: 17,
    name: 'International Space Station',
    image: null,
    info_url: null,
    wiki_url: 'https://en.wikipedia.org/wiki/International_Space_Station',
    description: 'The ISS programme is a multinational collaborative project.',
    agencies: [makeAgency()],
    start_date: '1998-11-20T06:40:00Z',
    end_date: null,
    mission_patches: [],
    type: { id: 1, name: 'Government' },
    ...overrides,
  };
}

/** A valid detailed event (a docking at the ISS, with one webcast and one update). */
export function makeEvent(overrides: Partial<EventDetailed> = {}): EventDetailed {
  const id = overrides.id ?? newId();
  const name = overrides.name ?? `Progress MS-${id} Docking`;
  return {
    id,
    url: `https://ll.thespacedevs.com/2.3.0/events/${id}/`,
    name,
    slug: slugify(name),
    type: makeEventType(2),
    description: 'The Progress spacecraft is scheduled to autonomously dock to the ISS.',
    date: '2025-07-05T21:27:32Z',
    date_precision: makeDatePrecision(1),
    duration: 'PT2H',
    location: 'International Space Station',
    webcast_live: false,
    image: makeImage(),
    info_urls: [],
    vid_urls: [makeVidUrl()],
    response_mode: 'detailed',
    updates: [makeUpdate()],
    last_updated: '2025-07-05T21:35:13Z',
    agencies: [makeAgency()],
    launches: [],
    expeditions: [],
    spacestations: [makeSpaceStation()],
    program: [makeProgram()],
    astronauts: [],
    ...overrides,
  };
}

/**
 * A valid detailed event with nothing optional (no date precision, image, webcast or station);
 * pass only what a test is about. `makeEvent` is the full docking.
 */
export function makeMinimalEvent(overrides: Partial<EventDetailed> = {}): EventDetailed {
  const id = overrides.id ?? newId();
  return {
    id,
    url: `https://ll.example/2.3.0/events/${id}/`,
    name: `Event ${id}`,
    slug: `event-${id}`,
    type: { id: 2, name: 'Docking' },
    description: 'A spacecraft docks with a station.',
    date: '2026-07-12T14:30:00Z',
    date_precision: null,
    duration: null,
    location: 'International Space Station',
    webcast_live: false,
    image: null,
    info_urls: [],
    vid_urls: [],
    response_mode: 'detailed',
    updates: [],
    last_updated: '2026-07-01T00:00:00Z',
    agencies: [],
    launches: [],
    expeditions: [],
    spacestations: [],
    program: [],
    astronauts: [],
    ...overrides,
  };
}

/** LL2-style slug: lowercase words joined by dashes, cut at 50 characters. */
function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}
