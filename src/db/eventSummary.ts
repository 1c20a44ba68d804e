import type { EventDetailed, EventNormal } from '../api/schemas.ts';
import { durationMsOf } from '../domain/live.ts';

/**
 * The compact projection of an event that the list pages load once, keep in memory and filter per
 * keystroke (DESIGN §1). Full records stay in the `events` table for the detail page.
 *
 * Written in the same transaction as the full event by every sync write path, derived only by
 * `toEventSummary`, so the two can never disagree.
 *
 * OWNER: the events UI (it decides what lists show, search and filter).
 */
export interface EventSummary {
  id: number;
  name: string;
  slug: string;
  typeId: number;
  typeName: string;
  /**
   * Epoch ms of `date` (the representative instant). Null for an undated event (LL2 allows it): it is
   * listed under "All events" as "Date not announced", never under upcoming or previous.
   */
  dateMs: number | null;
  /** `date_precision.id`, null when the API sends null (treated as exact). */
  datePrecisionId: number | null;
  /**
   * The event's `duration` in ms, null when LL2 does not say. Summaries stored before this field
   * existed lack it until their event is next synced; "live" reads a missing one as 0 (decision 021).
   */
  durationMs: number | null;
  location: string;
  thumbnailUrl: string | null;
  webcastLive: boolean;
  /** Webcasts reduced to what lists need to badge "live now" and filter "has a webcast". */
  webcasts: { url: string; live: boolean; startMs: number | null; endMs: number | null }[];
  agencies: { id: number; name: string }[];
  programs: { id: number; name: string }[];
  spacestations: { id: number; name: string }[];
  /**
   * The launches the event belongs to (LL2's `launches`; ids are UUIDs). Events sharing a launch
   * are one vehicle's mission: its docking, spacewalks, undocking and landing pair through it.
   */
  launches: { id: string; name: string }[];
  /**
   * The ids of `launches`, flat, for the multi-entry index that finds an event's mission without
   * reading every summary (the detail page's "Before and after", decision 034).
   */
  launchIds: string[];
  lastUpdatedMs: number;
  /** Lowercased text per field, ranked in this order by search: name, location, type, agencies, program, description. */
  search: {
    name: string;
    location: string;
    type: string;
    agencies: string;
    programs: string;
    description: string;
  };
}

/** Epoch ms of an ISO instant, or null when it is missing or unreadable. */
function instantMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Projects a stored event onto what the lists show, search and filter. Pure; every sync write path
 * calls it in the same transaction that stores the full record.
 */
export function toEventSummary(event: EventDetailed | EventNormal): EventSummary {
  const dateMs = instantMs(event.date);
  const detailed = 'agencies' in event ? event : null;
  const agencies = (detailed?.agencies ?? []).map(({ id, name }) => ({ id, name }));
  const programs = (detailed?.program ?? []).map(({ id, name }) => ({ id, name }));
  const spacestations = (detailed?.spacestations ?? []).map(({ id, name }) => ({ id, name }));
  const launches = (detailed?.launches ?? []).map(({ id, name }) => ({ id, name }));
  const location = event.location ?? '';
  return {
    id: event.id,
    name: event.name,
    slug: event.slug,
    typeId: event.type.id,
    typeName: event.type.name,
    dateMs,
    datePrecisionId: event.date_precision?.id ?? null,
    durationMs: durationMsOf(event.duration),
    location,
    thumbnailUrl: event.image?.thumbnail_url ?? event.image?.image_url ?? null,
    webcastLive: event.webcast_live,
    webcasts: event.vid_urls.map((webcast) => ({
      url: webcast.url,
      live: webcast.live,
      startMs: instantMs(webcast.start_time),
      endMs: instantMs(webcast.end_time),
    })),
    agencies,
    programs,
    spacestations,
    launches,
    launchIds: launches.map((launch) => launch.id),
    lastUpdatedMs: instantMs(event.last_updated) ?? 0,
    search: {
      name: event.name.toLowerCase(),
      location: location.toLowerCase(),
      type: event.type.name.toLowerCase(),
      agencies: agencies.map((agency) => agency.name.toLowerCase()).join('\n'),
      programs: programs.map((program) => program.name.toLowerCase()).join('\n'),
      description: event.description.toLowerCase(),
    },
  };
}
