import type { EventSummary } from '../../db/eventSummary.ts';
import { calendarSpan } from '../events/calendarSpan.ts';

/*
 * Who is at a space station, and when, from the stored events alone.
 *
 * A visiting vehicle's stay runs from its arrival (Docking, Spacecraft Berthing) to its departure
 * (Spacecraft Undocking, Spacecraft Release). LL2 says which vehicle an event is about only through
 * the event's launch, so an arrival and a departure pair when they share their one launch and
 * station; what cannot be paired that way is kept and said to be unpaired, never guessed.
 * Everything else at the station (spacewalks, hatch openings, relocations, ceremonies…) is a marker.
 */

const DAY_MS = 86_400_000;

/** LL2 event type ids (DESIGN §2): a vehicle arrives at a station. */
export const ARRIVAL_TYPE_IDS: ReadonlySet<number> = new Set([2, 4]);
/** A vehicle leaves a station. */
export const DEPARTURE_TYPE_IDS: ReadonlySet<number> = new Set([8, 13]);
/** A vehicle is back on Earth: its stay is over even when no departure is stored. */
export const LANDING_TYPE_ID = 9;

/**
 * An arrival with no stored departure counts as a stay still going only this long. The longest
 * visits (a Soyuz or Progress replaced in orbit) last about a year; older arrivals without a
 * departure are gaps in the data, not vehicles still docked.
 */
export const MAX_OPEN_STAY_MS = 400 * DAY_MS;

/** The timeline shows 30 days back and 90 days ahead. */
export const TIMELINE_DAYS_BACK = 30;
export const TIMELINE_DAYS_AHEAD = 90;

/** When something happens, as exactly as LL2 knows: `startMs === endMs` for an exact instant. */
export interface DateSpan {
  startMs: number;
  endMs: number;
  /** True when the date is coarser than an instant (a day, a NET month, a quarter…). */
  fuzzy: boolean;
}

/** The span of a date with its LL2 precision (a NET month is the whole month, not its 1st). */
export function dateSpan(dateMs: number, precisionId: number | null): DateSpan {
  const span = calendarSpan(dateMs, precisionId);
  switch (span.kind) {
    case 'timed':
      // An hour precision is the hour around the instant; seconds and minutes are the instant.
      return span.exact
        ? { startMs: dateMs, endMs: dateMs, fuzzy: false }
        : { startMs: span.startMs - 1_800_000, endMs: span.startMs + 1_800_000, fuzzy: true };
    case 'floating': {
      // Morning or afternoon at the event's own place: the timeline's scale is days, so the
      // wall-clock window read on the UTC day is close enough to draw.
      const [y, mo, d, h] = span.start;
      const [ey, emo, ed, eh] = span.end;
      return {
        startMs: Date.UTC(y, mo - 1, d, h),
        endMs: Date.UTC(ey, emo - 1, ed, eh),
        fuzzy: true,
      };
    }
    case 'all-day': {
      const [y, mo, d] = span.start;
      const [ey, emo, ed] = span.end;
      return { startMs: Date.UTC(y, mo - 1, d), endMs: Date.UTC(ey, emo - 1, ed), fuzzy: true };
    }
  }
}

/** "Soyuz MS-26" from LL2's launch name "Soyuz 2.1a | Soyuz MS-26" (rocket | mission). */
export function vehicleName(launchName: string): string {
  const mission = launchName.split(' | ').at(-1)?.trim();
  return mission === undefined || mission === '' ? launchName : mission;
}

/** The one launch an event is about, or null when it names none or several (then it cannot pair). */
export function soleLaunch(summary: Pick<EventSummary, 'launches'>) {
  return summary.launches.length === 1 ? (summary.launches[0] ?? null) : null;
}

export interface StayEnd {
  event: EventSummary;
  span: DateSpan;
}

/**
 * - `paired`: arrival and departure, both stored;
 * - `open`: arrived (or arriving), no departure stored yet: still there;
 * - `arrival-only` / `departure-only`: one end is stored and the data cannot supply the other.
 */
export type StayKind = 'paired' | 'open' | 'arrival-only' | 'departure-only';

export interface Stay {
  /** Stable within a station: the id of the event that starts the stay. */
  key: number;
  vehicle: string;
  launchId: string | null;
  arrival: StayEnd | null;
  departure: StayEnd | null;
  kind: StayKind;
  /** Why the stay is unpaired, in a sentence; null when it is paired or open. */
  unpairedReason: string | null;
}

export interface StationRef {
  id: number;
  name: string;
}

export interface StationHistory {
  station: StationRef;
  /** Every stay, ordered by when it starts. */
  stays: Stay[];
  /** Events at the station that are neither an arrival nor a departure, in date order. */
  markers: StayEnd[];
}

function end(event: EventSummary & { dateMs: number }): StayEnd {
  return { event, span: dateSpan(event.dateMs, event.datePrecisionId) };
}

function byDate(a: EventSummary, b: EventSummary): number {
  return (a.dateMs ?? 0) - (b.dateMs ?? 0) || a.id - b.id;
}

const NO_LAUNCH_REASON =
  'The event names no single launch, so its other end cannot be told apart from other vehicles.';

/** The first landing of each launch, to close stays whose departure is not stored. */
function landingsByLaunch(summaries: readonly EventSummary[]): Map<string, number> {
  const landings = new Map<string, number>();
  for (const summary of summaries) {
    const launch = soleLaunch(summary);
    if (summary.typeId !== LANDING_TYPE_ID || launch === null || summary.dateMs === null) continue;
    const known = landings.get(launch.id);
    if (known === undefined || summary.dateMs < known) landings.set(launch.id, summary.dateMs);
  }
  return landings;
}

/**
 * Pairs one launch's arrivals and departures at one station, in date order: each arrival with the
 * next departure before the next arrival (a relocation stored as undocking + docking gives two
 * stays). `landingMs` closes a stay whose departure is missing.
 */
function pairLaunchVisits(
  visits: readonly (EventSummary & { dateMs: number })[],
  vehicle: string,
  launchId: string,
  nowMs: number,
  landingMs: number | undefined,
): Stay[] {
  const stays: Stay[] = [];
  let arrival: StayEnd | null = null;
  const closeArrival = (next: StayEnd | null) => {
    if (arrival === null) return;
    const landed = landingMs !== undefined && landingMs >= arrival.span.startMs;
    const stale = arrival.span.startMs < nowMs - MAX_OPEN_STAY_MS;
    const open = next === null && !landed && !stale;
    stays.push({
      key: arrival.event.id,
      vehicle,
      launchId,
      arrival,
      departure: null,
      kind: open ? 'open' : 'arrival-only',
      unpairedReason: open
        ? null
        : landed
          ? 'No departure is stored; the vehicle has since landed.'
          : 'No departure is stored for this arrival.',
    });
    arrival = null;
  };
  for (const visit of visits) {
    const visitEnd = end(visit);
    if (ARRIVAL_TYPE_IDS.has(visit.typeId)) {
      closeArrival(visitEnd);
      arrival = visitEnd;
    } else if (arrival !== null) {
      stays.push({
        key: arrival.event.id,
        vehicle,
        launchId,
        arrival,
        departure: visitEnd,
        kind: 'paired',
        unpairedReason: null,
      });
      arrival = null;
    } else {
      stays.push({
        key: visit.id,
        vehicle,
        launchId,
        arrival: null,
        departure: visitEnd,
        kind: 'departure-only',
        unpairedReason: 'No arrival is stored for this departure.',
      });
    }
  }
  closeArrival(null);
  return stays;
}

function stayStartMs(stay: Stay): number {
  return (stay.arrival ?? stay.departure)?.span.startMs ?? 0;
}

/**
 * Every station named by a stored event, with its stays and markers. Undated events cannot be
 * placed and are left out. Pure: `nowMs` only decides whether an unanswered arrival is still open.
 */
export function stationHistories(
  summaries: readonly EventSummary[],
  nowMs: number,
): StationHistory[] {
  const landings = landingsByLaunch(summaries);
  const stations = new Map<
    number,
    {
      station: StationRef;
      visits: Map<string, { vehicle: string; events: (EventSummary & { dateMs: number })[] }>;
      stays: Stay[];
      markers: StayEnd[];
    }
  >();
  const dated = summaries
    .filter((summary): summary is EventSummary & { dateMs: number } => summary.dateMs !== null)
    .sort(byDate);
  for (const summary of dated) {
    for (const ref of summary.spacestations) {
      let entry = stations.get(ref.id);
      if (entry === undefined) {
        entry = {
          station: { id: ref.id, name: ref.name },
          visits: new Map(),
          stays: [],
          markers: [],
        };
        stations.set(ref.id, entry);
      }
      const isVisit =
        ARRIVAL_TYPE_IDS.has(summary.typeId) || DEPARTURE_TYPE_IDS.has(summary.typeId);
      if (!isVisit) {
        entry.markers.push(end(summary));
        continue;
      }
      const launch = soleLaunch(summary);
      if (launch === null) {
        const arriving = ARRIVAL_TYPE_IDS.has(summary.typeId);
        entry.stays.push({
          key: summary.id,
          vehicle: summary.name,
          launchId: null,
          arrival: arriving ? end(summary) : null,
          departure: arriving ? null : end(summary),
          kind: arriving ? 'arrival-only' : 'departure-only',
          unpairedReason: NO_LAUNCH_REASON,
        });
        continue;
      }
      const visits = entry.visits.get(launch.id) ?? {
        vehicle: vehicleName(launch.name),
        events: [],
      };
      visits.events.push(summary);
      entry.visits.set(launch.id, visits);
    }
  }
  return [...stations.values()].map((entry) => {
    const stays = [...entry.stays];
    for (const [launchId, visits] of entry.visits) {
      stays.push(
        ...pairLaunchVisits(visits.events, visits.vehicle, launchId, nowMs, landings.get(launchId)),
      );
    }
    stays.sort((a, b) => stayStartMs(a) - stayStartMs(b) || a.key - b.key);
    return { station: entry.station, stays, markers: entry.markers };
  });
}

export interface TimelineWindow {
  startMs: number;
  endMs: number;
}

/** 30 days back to 90 days ahead of now. */
export function timelineWindow(nowMs: number): TimelineWindow {
  return {
    startMs: nowMs - TIMELINE_DAYS_BACK * DAY_MS,
    endMs: nowMs + TIMELINE_DAYS_AHEAD * DAY_MS,
  };
}

/** Where a stay reaches, as far as known: an open stay has no end. */
export function stayExtent(stay: Stay): { startMs: number; endMs: number } {
  const first = stay.arrival ?? stay.departure;
  const last = stay.departure ?? stay.arrival;
  return {
    startMs: first?.span.startMs ?? 0,
    endMs: stay.kind === 'open' ? Number.POSITIVE_INFINITY : (last?.span.endMs ?? 0),
  };
}

function overlaps(span: { startMs: number; endMs: number }, window: TimelineWindow): boolean {
  return span.startMs <= window.endMs && span.endMs >= window.startMs;
}

/** A station's stays and markers that touch the window. */
export function clipToWindow(history: StationHistory, window: TimelineWindow): StationHistory {
  return {
    station: history.station,
    stays: history.stays.filter((stay) => overlaps(stayExtent(stay), window)),
    markers: history.markers.filter((marker) => overlaps(marker.span, window)),
  };
}

/**
 * The stations' timelines for the window around `nowMs`: every station of the stored events, the
 * busiest first (then by name); a station with nothing in the window keeps its place with nothing
 * in it, so the page can say so.
 */
export function stationTimelines(
  summaries: readonly EventSummary[],
  nowMs: number,
): { window: TimelineWindow; stations: StationHistory[] } {
  const window = timelineWindow(nowMs);
  const stations = stationHistories(summaries, nowMs)
    .map((history) => clipToWindow(history, window))
    .sort(
      (a, b) =>
        b.stays.length + b.markers.length - (a.stays.length + a.markers.length) ||
        a.station.name.localeCompare(b.station.name),
    );
  return { window, stations };
}

export interface StationNow {
  station: StationRef;
  /** Vehicles there now: arrived (the whole arrival span is past) and not yet departed. */
  docked: Stay[];
  /** The next vehicle to arrive, if one is stored. */
  nextArrival: Stay | null;
}

/** Whether a stay is under way at `nowMs`, as far as its dates' precision allows telling. */
export function isDockedAt(stay: Stay, nowMs: number): boolean {
  if (stay.arrival === null || stay.arrival.span.endMs > nowMs) return false;
  if (stay.kind === 'open') return true;
  return stay.departure !== null && stay.departure.span.startMs > nowMs;
}

/** For each station with a vehicle docked or one arriving, who is there and who comes next. */
export function stationsNow(summaries: readonly EventSummary[], nowMs: number): StationNow[] {
  return stationHistories(summaries, nowMs)
    .map((history) => ({
      station: history.station,
      docked: history.stays.filter((stay) => isDockedAt(stay, nowMs)),
      nextArrival:
        history.stays.find((stay) => stay.arrival !== null && stay.arrival.span.endMs > nowMs) ??
        null,
    }))
    .filter((station) => station.docked.length > 0 || station.nextArrival !== null)
    .sort(
      (a, b) => b.docked.length - a.docked.length || a.station.name.localeCompare(b.station.name),
    );
}
