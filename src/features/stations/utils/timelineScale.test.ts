import { describe, expect, it } from 'vitest';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { makeSpaceStation, makeLaunch } from '../../../api/testing/eventFactory.ts';
import { stationHistories, timelineWindow } from '../../../ui/stations/stationStays.ts';
import { monthTicks, stayParts, stretchOf } from './timelineScale.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 6, 15, 12);
const window = timelineWindow(NOW);
const iss = makeSpaceStation({ id: 4, name: 'International Space Station' });
const crew = makeLaunch('c', 'Falcon 9 | Crew-13');

describe('timeline scale', () => {
  it('places and clips a span in percent of the window', () => {
    expect(stretchOf(window.startMs, window.endMs, window)).toEqual({ leftPct: 0, widthPct: 100 });
    expect(stretchOf(NOW, NOW + 12 * DAY, window)).toEqual({ leftPct: 25, widthPct: 10 });
    expect(stretchOf(window.startMs - 5 * DAY, window.startMs + 12 * DAY, window)?.widthPct).toBe(
      10,
    );
    expect(stretchOf(window.endMs + DAY, window.endMs + 2 * DAY, window)).toBeNull();
  });

  it('draws a NET-month departure as its whole month, and an open stay past the end', () => {
    const summaries = [
      makeEventSummary({
        id: 1,
        type: { id: 2, name: 'Docking' },
        date: new Date(NOW - 40 * DAY).toISOString(),
        spacestations: [iss],
        launches: [crew],
      }),
      makeEventSummary({
        id: 2,
        type: { id: 8, name: 'Spacecraft Undocking' },
        date: '2026-09-15T00:00:00Z',
        date_precision: { id: 7, name: 'Month', abbrev: 'M', description: '' },
        spacestations: [iss],
        launches: [crew],
      }),
    ];
    const [stay] = stationHistories(summaries, NOW)[0]?.stays ?? [];
    if (stay === undefined) throw new Error('no stay');
    const parts = stayParts(stay, window);
    expect(parts.departure).toEqual({
      startMs: Date.UTC(2026, 8, 1),
      endMs: Date.UTC(2026, 9, 1),
      fuzzy: true,
    });
    expect(parts.middle?.endMs).toBe(Date.UTC(2026, 8, 1));
    expect(parts.beganBefore).toBe(true);
    expect(parts.continues).toBe(false);

    const open = stationHistories(summaries.slice(0, 1), NOW)[0]?.stays[0];
    if (open === undefined) throw new Error('no open stay');
    expect(stayParts(open, window)).toMatchObject({ continues: true, departure: null });
  });

  it('ticks each month start in the window', () => {
    expect(monthTicks(window)).toEqual([
      Date.UTC(2026, 6, 1),
      Date.UTC(2026, 7, 1),
      Date.UTC(2026, 8, 1),
      Date.UTC(2026, 9, 1),
    ]);
  });
});
