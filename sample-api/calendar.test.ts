import { describe, expect, it } from 'vitest';
import { snapToPrecision } from './calendar.ts';
import { isoDuration, slugify } from './textFormats.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('snapToPrecision', () => {
  it.each([
    [1, '2026-05-14T10:31:00.000Z'],
    [2, '2026-05-14T10:00:00.000Z'],
    [5, '2026-05-14T00:00:00.000Z'],
    [6, '2026-05-17T00:00:00.000Z'],
    [7, '2026-05-31T00:00:00.000Z'],
    [9, '2026-06-30T00:00:00.000Z'],
    [12, '2026-06-30T00:00:00.000Z'],
    [14, '2026-12-31T00:00:00.000Z'],
    [15, '2026-09-30T00:00:00.000Z'],
    [16, '2029-12-31T00:00:00.000Z'],
    [null, '2026-05-14T10:31:27.000Z'],
  ])('precision %s → %s', (precision, expected) => {
    expect(iso(snapToPrecision(at('2026-05-14T10:31:27.400Z'), precision))).toBe(expected);
  });

  it('puts a fiscal-year event after September in the next fiscal year', () => {
    expect(iso(snapToPrecision(at('2026-11-02T00:00:00Z'), 15))).toBe('2027-09-30T00:00:00.000Z');
  });
});

describe('text formats', () => {
  it('slugifies like Django and cuts at 50 characters', () => {
    expect(slugify('Soyuz MS-26 Farewell Ceremony & Hatch Closing')).toBe(
      'soyuz-ms-26-farewell-ceremony-hatch-closing',
    );
    expect(slugify('Crew-13 Dragon Relocation from Harmony Forward to Zenith Port')).toHaveLength(
      50,
    );
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(7200)).toBe('PT2H');
    expect(isoDuration(2730)).toBe('PT45M30S');
    expect(isoDuration(3613)).toBe('PT1H13S');
    expect(isoDuration(93_600)).toBe('P1DT2H');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
