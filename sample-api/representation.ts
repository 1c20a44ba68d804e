import { SELF_ORIGIN, type ResponseMode, type StoredEvent } from './types.ts';

/** The event as the API shows it in one mode; key order follows the real API. */
export function representEvent(event: StoredEvent, mode: ResponseMode): Record<string, unknown> {
  const list = {
    id: event.id,
    url: `${SELF_ORIGIN}/events/${event.id}/`,
    name: event.name,
    info_urls: event.info_urls,
    vid_urls: event.vid_urls,
    image: event.image,
    date: event.date,
    slug: event.slug,
    type: event.type,
    description: event.description,
    webcast_live: event.webcast_live,
    location: event.location,
    date_precision: event.date_precision,
    response_mode: mode,
    duration: event.duration,
  };
  if (mode === 'list') return list;
  const normal = { ...list, updates: event.updates, last_updated: event.last_updated };
  if (mode === 'normal') return normal;
  return {
    ...normal,
    agencies: event.agencies,
    launches: event.launches,
    expeditions: event.expeditions,
    spacestations: event.spacestations,
    program: event.program,
    astronauts: event.astronauts,
  };
}

export function parseMode(raw: string | null, fallback: ResponseMode): ResponseMode {
  return raw === 'list' || raw === 'normal' || raw === 'detailed' ? raw : fallback;
}

/**
 * Serialises a response, turning every self-referencing URL into an absolute one under `apiRoot`
 * (the request's origin plus the mount path), so links work on whatever host served the request.
 */
export function serialiseWithRoot(body: unknown, apiRoot: string): string {
  return JSON.stringify(body, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(SELF_ORIGIN)
      ? apiRoot + value.slice(SELF_ORIGIN.length)
      : value,
  );
}
