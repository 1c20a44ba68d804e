import { describe, expect, it } from 'vitest';
import { toEventSummary } from './eventSummary.ts';
import {
  makeAgency,
  makeProgram,
  makeSpaceStation,
  makeLaunch,
  makeBareWebcast,
  makeMinimalEvent,
} from '../api/testing/eventFactory.ts';

describe('toEventSummary', () => {
  it('projects what lists show, search and filter, with search text lowercased in advance', () => {
    const event = makeMinimalEvent({
      id: 7,
      name: 'Crew-12 Docking',
      slug: 'crew-12-docking',
      type: { id: 2, name: 'Docking' },
      date: '2026-07-12T14:30:00Z',
      date_precision: { id: 1, name: 'Minute', abbrev: 'MIN', description: '' },
      location: 'ISS, Harmony forward port',
      description: 'Dragon docks.',
      webcast_live: true,
      image: {
        id: 1,
        name: 'x',
        image_url: 'https://img.example/full.jpg',
        thumbnail_url: 'https://img.example/thumb.jpg',
        credit: null,
        license: { id: 1, name: 'Unknown', priority: 9, link: null },
        single_use: false,
        variants: [],
      },
      vid_urls: [
        makeBareWebcast({
          url: 'https://yt.example/1',
          start_time: '2026-07-12T14:00:00Z',
          live: true,
        }),
      ],
      agencies: [makeAgency({ id: 44, name: 'NASA' }), makeAgency({ id: 121, name: 'SpaceX' })],
      program: [makeProgram({ id: 17, name: 'Commercial Crew' })],
      spacestations: [makeSpaceStation({ id: 4, name: 'International Space Station' })],
      launches: [makeLaunch('f0e1', 'Falcon 9 Block 5 | Crew-12')],
      last_updated: '2026-07-11T09:00:00Z',
    });
    expect(toEventSummary(event)).toEqual({
      id: 7,
      name: 'Crew-12 Docking',
      slug: 'crew-12-docking',
      typeId: 2,
      typeName: 'Docking',
      dateMs: Date.UTC(2026, 6, 12, 14, 30),
      datePrecisionId: 1,
      durationMs: null,
      location: 'ISS, Harmony forward port',
      thumbnailUrl: 'https://img.example/thumb.jpg',
      webcastLive: true,
      webcasts: [
        {
          url: 'https://yt.example/1',
          live: true,
          startMs: Date.UTC(2026, 6, 12, 14),
          endMs: null,
        },
      ],
      agencies: [
        { id: 44, name: 'NASA' },
        { id: 121, name: 'SpaceX' },
      ],
      programs: [{ id: 17, name: 'Commercial Crew' }],
      spacestations: [{ id: 4, name: 'International Space Station' }],
      launches: [{ id: 'f0e1', name: 'Falcon 9 Block 5 | Crew-12' }],
      launchIds: ['f0e1'],
      lastUpdatedMs: Date.UTC(2026, 6, 11, 9),
      search: {
        name: 'crew-12 docking',
        location: 'iss, harmony forward port',
        type: 'docking',
        agencies: 'nasa\nspacex',
        programs: 'commercial crew',
        description: 'dragon docks.',
      },
    });
  });

  it('keeps an undated event with a null date and empty text for a null location', () => {
    const summary = toEventSummary(makeMinimalEvent({ date: null, location: null }));
    expect(summary.dateMs).toBeNull();
    expect(summary.location).toBe('');
  });

  it('accepts a normal-mode event, which has no relations', () => {
    const {
      agencies,
      launches,
      expeditions,
      spacestations,
      program: _p,
      astronauts,
      ...normal
    } = makeMinimalEvent({ agencies: [makeAgency({ id: 1, name: 'ESA' })] });
    expect(agencies).toHaveLength(1);
    expect([launches, expeditions, spacestations, astronauts].every((l) => l.length === 0)).toBe(
      true,
    );
    const summary = toEventSummary({ ...normal, response_mode: 'normal' });
    expect(summary.agencies).toEqual([]);
    expect(summary.programs).toEqual([]);
    expect(summary.launches).toEqual([]);
  });
});
