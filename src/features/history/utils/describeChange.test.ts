import { describe, expect, it } from 'vitest';
import { makeChange, makeDateMove } from '../../../db/testing/eventChangeFactory.ts';
import { describeChange } from './describeChange.ts';

const FORMAT = { timeZone: 'utc' as const, now: Date.parse('2026-03-01T00:00:00Z') };

describe('describeChange', () => {
  it('describes a date move with its shift and both dates', () => {
    expect(describeChange(makeDateMove(2 * 86_400_000, 0), FORMAT)).toEqual({
      title: 'Date moved +2 d',
      detail: '10 April 2026, 10:00 UTC → 12 April 2026, 10:00 UTC',
    });
  });

  it('tells a firmer precision from a looser one', () => {
    const firmer = makeChange({
      kind: 'precision',
      from: { id: 7, name: 'Month' },
      to: { id: 5, name: 'Day' },
    });
    const looser = makeChange({
      kind: 'precision',
      from: { id: 1, name: 'Minute' },
      to: { id: 2, name: 'Hour' },
    });
    expect(describeChange(firmer, FORMAT)).toEqual({
      title: 'Date firmed up',
      detail: 'Month → Day',
    });
    expect(describeChange(looser, FORMAT)).toEqual({
      title: 'Date became less certain',
      detail: 'Minute → Hour',
    });
  });

  it('does not call a precision appearing or disappearing firmer or looser', () => {
    const stated = makeChange({ kind: 'precision', from: null, to: { id: 1, name: 'Minute' } });
    const dropped = makeChange({ kind: 'precision', from: { id: 5, name: 'Day' }, to: null });
    expect(describeChange(stated, FORMAT)).toEqual({
      title: 'Date precision stated',
      detail: 'Minute',
    });
    expect(describeChange(dropped, FORMAT)).toEqual({
      title: 'Date precision no longer stated',
      detail: 'was Day',
    });
  });

  it('describes webcasts, text and type changes', () => {
    const cases = [
      [
        makeChange({ kind: 'webcast-added', url: 'https://x.test', title: 'Coverage', live: true }),
        'Webcast added, live now',
        'Coverage',
      ],
      [makeChange({ kind: 'webcast-live', url: null, title: null }), 'Webcast went live', null],
      [makeChange({ kind: 'description', from: 'a', to: 'b' }), 'Description changed', null],
      [makeChange({ kind: 'location', from: null, to: 'ISS' }), 'Location changed', 'none → ISS'],
      [makeChange({ kind: 'name', from: 'A', to: 'B' }), 'Renamed', 'A → B'],
      [
        makeChange({ kind: 'type', from: { id: 2, name: 'Docking' }, to: { id: 3, name: 'EVA' } }),
        'Type changed',
        'Docking → EVA',
      ],
      [makeChange({ kind: 'added' }), 'New event', null],
    ] as const;
    for (const [change, title, detail] of cases) {
      expect(describeChange(change, FORMAT)).toEqual({ title, detail });
    }
  });

  it('names a date that was announced or withdrawn', () => {
    const withdrawn = makeChange({
      kind: 'date',
      from: '2026-04-10T10:00:00Z',
      to: null,
      deltaMs: null,
    });
    expect(describeChange(withdrawn, FORMAT)).toEqual({
      title: 'Date withdrawn',
      detail: 'was 10 April 2026, 10:00 UTC',
    });
  });
});
