import type { EventDetailed } from '../../api/schemas.ts';
import { toEventSummary, type EventSummary } from '../eventSummary.ts';

let nextId = 1000;

/** A valid detailed event; pass only what a test is about. */
export function makeEventDetailed(overrides: Partial<EventDetailed> = {}): EventDetailed {
  const id = overrides.id ?? (nextId += 1);
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

/**
 * The list projection of `makeEventDetailed(overrides)`, as the sync projects it; `summaryOverrides`
 * then set projected fields directly (e.g. a precomputed webcast window).
 */
export function makeEventSummary(
  overrides: Partial<EventDetailed> = {},
  summaryOverrides: Partial<EventSummary> = {},
): EventSummary {
  return { ...toEventSummary(makeEventDetailed(overrides)), ...summaryOverrides };
}

export function agency(id: number, name: string): EventDetailed['agencies'][number] {
  return { id, name, abbrev: name.slice(0, 3).toUpperCase(), type: null };
}

export function program(id: number, name: string): EventDetailed['program'][number] {
  return {
    id,
    name,
    image: null,
    info_url: null,
    wiki_url: null,
    description: null,
    agencies: [],
    start_date: null,
    end_date: null,
    mission_patches: [],
    type: { id: 1, name: 'Human spaceflight' },
  };
}

export function spacestation(id: number, name: string): EventDetailed['spacestations'][number] {
  return {
    id,
    name,
    image: null,
    status: { id: 1, name: 'Active' },
    type: { id: 1, name: 'Government' },
    founded: '1998-11-20',
    deorbited: null,
    description: '',
    orbit: 'Low Earth Orbit',
  };
}

/** A launch as events carry it; `id` is a UUID in LL2, any string here. */
export function launch(
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

export function webcast(
  overrides: Partial<EventDetailed['vid_urls'][number]> = {},
): EventDetailed['vid_urls'][number] {
  return {
    priority: 10,
    source: 'youtube.com',
    publisher: 'NASA',
    title: 'Live coverage',
    description: null,
    feature_image: null,
    url: 'https://www.youtube.com/watch?v=abc',
    type: { id: 1, name: 'Official Webcast' },
    language: { id: 1, name: 'English', code: 'en' },
    start_time: null,
    end_time: null,
    live: false,
    ...overrides,
  };
}
