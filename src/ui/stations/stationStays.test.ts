import { describe, expect, it } from 'vitest';
import type { EventDetailed } from '../../api/schemas.ts';
import { makeEventSummary } from '../../db/testing/eventFactories.ts';
import { makeSpaceStation, makeLaunch } from '../../api/testing/eventFactory.ts';
import {
  dateSpan,
  isDockedAt,
  stationHistories,
  stationsNow,
  stationTimelines,
  vehicleName,
} from './stationStays.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 6, 15, 12);
const iss = makeSpaceStation({ id: 4, name: 'International Space Station' });
const tiangong = makeSpaceStation({ id: 18, name: 'Tiangong Space Station' });
const crew12 = makeLaunch('c12', 'Falcon 9 Block 5 | Crew-12');
const ms28 = makeLaunch('ms28', 'Soyuz 2.1a | Soyuz MS-28');
const at = (days: number) => new Date(NOW + days * DAY).toISOString();
const type = (id: number, name: string) => ({ id, name });
const DOCKING = type(2, 'Docking');
const UNDOCKING = type(8, 'Spacecraft Undocking');
const BERTHING = type(4, 'Spacecraft Berthing');
const RELEASE = type(13, 'Spacecraft Release');
const EVA = type(3, 'EVA');
const LANDING = type(9, 'Spacecraft Landing');
const month = { id: 7, name: 'Month', abbrev: 'M', description: '' };

function visit(
  id: number,
  eventType: EventDetailed['type'],
  days: number,
  more: Partial<EventDetailed> = {},
) {
  return makeEventSummary({ id, type: eventType, date: at(days), spacestations: [iss], ...more });
}

describe('stationHistories: pairing through the launch', () => {
  it('pairs a docking with the undocking of the same launch, not with another vehicle', () => {
    const summaries = [
      visit(1, DOCKING, -20, { launches: [crew12] }),
      visit(2, DOCKING, -10, { launches: [ms28] }),
      visit(3, UNDOCKING, -5, { launches: [ms28] }),
      visit(4, UNDOCKING, 40, { launches: [crew12] }),
    ];
    const [history] = stationHistories(summaries, NOW);
    expect(history?.station).toEqual({ id: 4, name: 'International Space Station' });
    expect(
      history?.stays.map((stay) => [
        stay.vehicle,
        stay.kind,
        stay.arrival?.event.id,
        stay.departure?.event.id,
      ]),
    ).toEqual([
      ['Crew-12', 'paired', 1, 4],
      ['Soyuz MS-28', 'paired', 2, 3],
    ]);
  });

  it('keeps a stay with no departure stored open, and knows it is docked now', () => {
    const summaries = [visit(1, BERTHING, -3, { launches: [crew12] })];
    const [stay] = stationHistories(summaries, NOW)[0]?.stays ?? [];
    expect(stay?.kind).toBe('open');
    expect(stay && isDockedAt(stay, NOW)).toBe(true);
    expect(stationsNow(summaries, NOW)[0]?.docked.map((s) => s.vehicle)).toEqual(['Crew-12']);
  });

  it('does not keep a years-old arrival open, nor one whose vehicle has landed', () => {
    const old = makeLaunch('old', 'Soyuz 2.1a | Progress MS-15 (76P)');
    const summaries = [
      visit(1, DOCKING, -2000, { launches: [old] }),
      visit(2, DOCKING, -20, { launches: [crew12] }),
      makeEventSummary({ id: 3, type: LANDING, date: at(-4), launches: [crew12] }),
    ];
    const stays = stationHistories(summaries, NOW)[0]?.stays ?? [];
    expect(stays.map((stay) => [stay.vehicle, stay.kind])).toEqual([
      ['Progress MS-15 (76P)', 'arrival-only'],
      ['Crew-12', 'arrival-only'],
    ]);
    expect(stays[1]?.unpairedReason).toMatch(/landed/);
    expect(stationsNow(summaries, NOW)).toEqual([]);
  });

  it('says which ends cannot be paired: no launch, several launches, or a missing arrival', () => {
    const summaries = [
      visit(1, DOCKING, -2),
      visit(2, RELEASE, -1, { launches: [crew12, ms28] }),
      visit(3, UNDOCKING, 1, { launches: [ms28] }),
    ];
    const stays = stationHistories(summaries, NOW)[0]?.stays ?? [];
    expect(stays.map((stay) => [stay.key, stay.kind])).toEqual([
      [1, 'arrival-only'],
      [2, 'departure-only'],
      [3, 'departure-only'],
    ]);
    expect(stays.every((stay) => stay.unpairedReason !== null)).toBe(true);
  });

  it('makes two stays of a relocation stored as undocking and docking again', () => {
    const summaries = [
      visit(1, DOCKING, -20, { launches: [crew12] }),
      visit(2, UNDOCKING, -10, { launches: [crew12] }),
      visit(3, DOCKING, -10, { launches: [crew12] }),
      visit(4, UNDOCKING, 10, { launches: [crew12] }),
    ];
    const stays = stationHistories(summaries, NOW)[0]?.stays ?? [];
    expect(stays.map((stay) => [stay.arrival?.event.id, stay.departure?.event.id])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('keeps stations apart and puts other events at the station as markers', () => {
    const summaries = [
      visit(1, DOCKING, -2, { launches: [crew12] }),
      visit(2, EVA, 3),
      makeEventSummary({
        id: 3,
        type: DOCKING,
        date: at(-1),
        spacestations: [tiangong],
        launches: [crew12],
      }),
      makeEventSummary({ id: 4, type: EVA, date: null, spacestations: [iss] }),
    ];
    const histories = stationHistories(summaries, NOW);
    const byName = new Map(histories.map((h) => [h.station.name, h]));
    expect(byName.get('International Space Station')?.markers.map((m) => m.event.id)).toEqual([2]);
    expect(byName.get('Tiangong Space Station')?.stays.map((s) => s.key)).toEqual([3]);
  });
});

describe('date precision', () => {
  it('draws a NET month as the whole month, an exact time as an instant', () => {
    const july = Date.UTC(2026, 6, 1);
    expect(dateSpan(Date.UTC(2026, 6, 14), 7)).toEqual({
      startMs: july,
      endMs: Date.UTC(2026, 7, 1),
      fuzzy: true,
    });
    expect(dateSpan(NOW, null)).toEqual({ startMs: NOW, endMs: NOW, fuzzy: false });
    expect(dateSpan(NOW, 5)).toEqual({
      startMs: Date.UTC(2026, 6, 15),
      endMs: Date.UTC(2026, 6, 16),
      fuzzy: true,
    });
  });

  it('does not call a vehicle docked while its arrival month is still running', () => {
    const summaries = [visit(1, DOCKING, 0, { launches: [crew12], date_precision: month })];
    expect(stationsNow(summaries, NOW)[0]?.docked).toEqual([]);
    expect(stationsNow(summaries, NOW)[0]?.nextArrival?.vehicle).toBe('Crew-12');
  });
});

describe('stationTimelines', () => {
  it('keeps 30 days back to 90 days ahead, an open stay included, busiest station first', () => {
    const summaries = [
      visit(1, DOCKING, -200, { launches: [ms28] }),
      visit(2, UNDOCKING, -100, { launches: [ms28] }),
      visit(3, DOCKING, -60, { launches: [crew12] }),
      visit(4, EVA, 100),
      visit(5, EVA, 80),
      makeEventSummary({ id: 6, type: EVA, date: at(-2), spacestations: [tiangong] }),
    ];
    const { window, stations } = stationTimelines(summaries, NOW);
    expect(window).toEqual({ startMs: NOW - 30 * DAY, endMs: NOW + 90 * DAY });
    expect(stations.map((s) => s.station.name)).toEqual([
      'International Space Station',
      'Tiangong Space Station',
    ]);
    expect(stations[0]?.stays.map((s) => [s.key, s.kind])).toEqual([[3, 'open']]);
    expect(stations[0]?.markers.map((m) => m.event.id)).toEqual([5]);
  });
});

describe('vehicleName', () => {
  it('takes the mission part of a launch name', () => {
    expect(vehicleName('Soyuz 2.1a | Soyuz MS-26')).toBe('Soyuz MS-26');
    expect(vehicleName('Starship Flight 12')).toBe('Starship Flight 12');
  });
});
