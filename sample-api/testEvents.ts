import { DATE_PRECISIONS, eventType } from './catalog.ts';
import { AGENCIES, PROGRAMS } from './organisations.ts';
import { slugify } from './textFormats.ts';
import type { StoredEvent, VidUrl } from './types.ts';

/** A minimal stored event for tests with hand-checked expectations; override what matters. */
export function makeStoredEvent(
  overrides: Partial<StoredEvent> & { id: number; name: string },
): StoredEvent {
  return {
    info_urls: [],
    vid_urls: [],
    image: null,
    date: '2026-01-15T12:00:00Z',
    slug: slugify(overrides.name),
    type: eventType(2),
    description: '',
    webcast_live: false,
    location: 'International Space Station',
    date_precision: DATE_PRECISIONS[1] ?? null,
    duration: null,
    updates: [],
    last_updated: '2026-01-01T00:00:00Z',
    agencies: [AGENCIES.nasa],
    launches: [],
    expeditions: [],
    spacestations: [],
    program: [PROGRAMS.iss],
    astronauts: [],
    ...overrides,
  };
}

export function makeWebcast(url: string): VidUrl {
  return {
    priority: 10,
    source: null,
    publisher: null,
    title: 'Webcast',
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
