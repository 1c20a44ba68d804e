import { describe, expect, it } from 'vitest';
import { EventDetailed } from '../../src/api/schemas.ts';
import { representEvent } from '../representation.ts';
import { imageIdFromUrl, isV220Event, storedFromV220 } from './fromV220.ts';
import { RecordError } from './recordFields.ts';

/** A 2.2.0 detailed event in the shape LL2 sent in 2022 (values shortened, structure verbatim). */
function v220Event(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const agency = (id: number, name: string, type: string) => ({
    id,
    url: `https://ll.thespacedevs.com/2.2.0/agencies/${id}/`,
    name,
    type,
  });
  const issNested = {
    id: 4,
    url: 'https://ll.thespacedevs.com/2.2.0/spacestation/4/',
    name: 'International Space Station',
    status: { id: 1, name: 'Active' },
    orbit: 'Low Earth Orbit',
    image_url: 'https://example.org/iss.jpg',
  };
  return {
    id: 296,
    url: 'https://ll.thespacedevs.com/2.2.0/event/296/',
    slug: 'crew-3-docking',
    name: 'Crew-3 Docking',
    updates: [
      {
        id: 7,
        profile_image: null,
        comment: 'Docked.',
        info_url: null,
        created_by: 'someone',
        created_on: '2021-11-12T00:40:00Z',
      },
    ],
    type: { id: 2, name: 'Docking' },
    description: 'Crew Dragon docks to the ISS.',
    webcast_live: true,
    location: 'International Space Station',
    news_url: 'https://www.nasa.gov/crew-3',
    video_url: 'https://www.youtube.com/watch?v=abc',
    feature_image: 'https://example.org/crew-3.jpg',
    date: '2021-11-11T23:10:00Z',
    launches: [
      {
        id: '0d779392-1a36-4c1e-b0b8-ec11e3031ee6',
        url: 'https://ll.thespacedevs.com/2.2.0/launch/0d779392-1a36-4c1e-b0b8-ec11e3031ee6/',
        slug: 'falcon-9-block-5-crew-3',
        name: 'Falcon 9 Block 5 | Crew-3',
        status: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'Done.' },
        last_updated: '2022-03-19T14:57:22Z',
        net: '2021-11-11T02:03:31Z',
        window_end: '2021-11-11T02:03:31Z',
        window_start: '2021-11-11T02:03:31Z',
        probability: 70,
        launch_service_provider: agency(121, 'SpaceX', 'Commercial'),
        mission: { id: 1220, name: 'Crew-3', launch_designator: null, type: 'Human Exploration' },
        webcast_live: true,
        image: 'https://example.org/f9.jpg',
        infographic: null,
        program: [],
      },
    ],
    expeditions: [
      {
        id: 142,
        url: 'https://ll.thespacedevs.com/2.2.0/expedition/142/',
        name: 'Expedition 66',
        start: '2021-10-17T01:14:00Z',
        end: '2022-03-30T07:21:00Z',
        spacestation: issNested,
        mission_patches: [
          {
            id: 95,
            name: 'Expedition 66 Mission Patch',
            priority: 10,
            image_url: 'https://example.org/patch.png',
            agency: agency(44, 'National Aeronautics and Space Administration', 'Government'),
          },
        ],
      },
    ],
    spacestations: [
      {
        ...issNested,
        founded: '1998-11-20',
        description: 'A habitable satellite.',
      },
    ],
    program: [
      {
        id: 17,
        url: 'https://ll.thespacedevs.com/2.2.0/program/17/',
        name: 'International Space Station',
        description: 'The ISS programme.',
        agencies: [agency(27, 'European Space Agency', 'Multinational'), agency(9, 'Odd', 'Novel')],
        image_url: null,
        start_date: '1998-11-20T06:40:00Z',
        end_date: null,
        info_url: null,
        wiki_url: 'https://en.wikipedia.org/wiki/ISS',
        mission_patches: [],
      },
    ],
    ...overrides,
  };
}

describe('2.2.0 → 2.3.0 conversion', () => {
  it('recognises a 2.2.0 event by its url or its 2.2.0-only fields', () => {
    expect(isV220Event(v220Event())).toBe(true);
    expect(isV220Event({ ...v220Event(), url: 'https://x/event/1/' })).toBe(true);
    expect(isV220Event({ id: 1, response_mode: 'normal', url: 'https://x/2.3.0/events/1/' })).toBe(
      false,
    );
  });

  it('maps the event-level fields that were renamed or split', () => {
    const event = storedFromV220(v220Event());
    expect(event.vid_urls).toEqual([
      expect.objectContaining({
        url: 'https://www.youtube.com/watch?v=abc',
        source: 'youtube.com',
        title: null,
        start_time: null,
        live: false,
      }),
    ]);
    expect(event.info_urls).toEqual([
      expect.objectContaining({ url: 'https://www.nasa.gov/crew-3', source: 'nasa.gov' }),
    ]);
    expect(event.image).toEqual(
      expect.objectContaining({
        id: imageIdFromUrl('https://example.org/crew-3.jpg'),
        image_url: 'https://example.org/crew-3.jpg',
        thumbnail_url: 'https://example.org/crew-3.jpg',
        license: { id: 1, name: 'Unknown', priority: 9, link: null },
      }),
    );
    expect(event.date_precision).toBeNull();
    expect(event.duration).toBeNull();
    expect(event.agencies).toEqual([]);
    expect(event.astronauts).toEqual([]);
    // The stale flag is kept as recorded: it is what real data looks like.
    expect(event.webcast_live).toBe(true);
    // No last_updated in 2.2.0: the newest instant the record proves (the launch's edit).
    expect(event.last_updated).toBe('2022-03-19T14:57:22Z');
  });

  it('maps nested launches, stations, expeditions and programs to their 2.3.0 shapes', () => {
    const event = storedFromV220(v220Event());
    const [launch] = event.launches;
    expect(launch).toEqual({
      id: '0d779392-1a36-4c1e-b0b8-ec11e3031ee6',
      url: expect.any(String) as string,
      name: 'Falcon 9 Block 5 | Crew-3',
      response_mode: 'list',
      slug: 'falcon-9-block-5-crew-3',
      launch_designator: null,
      status: { id: 3, name: 'Launch Successful', abbrev: 'Success', description: 'Done.' },
      last_updated: '2022-03-19T14:57:22Z',
      net: '2021-11-11T02:03:31Z',
      net_precision: null,
      window_end: '2021-11-11T02:03:31Z',
      window_start: '2021-11-11T02:03:31Z',
      image: expect.objectContaining({ image_url: 'https://example.org/f9.jpg' }) as unknown,
      infographic: null,
    });
    const [expedition] = event.expeditions;
    // The expedition's short station borrows founded/description from the event's own station.
    expect(expedition?.spacestation).toEqual(
      expect.objectContaining({ founded: '1998-11-20', description: 'A habitable satellite.' }),
    );
    expect(expedition?.spacewalks).toEqual([]);
    expect(expedition?.mission_patches[0]?.agency).toEqual({
      response_mode: 'list',
      id: 44,
      url: expect.any(String) as string,
      name: 'National Aeronautics and Space Administration',
      abbrev: '',
      type: { id: 1, name: 'Government' },
    });
    const [program] = event.program;
    expect(program?.image).toBeNull();
    expect(program?.type).toEqual({ id: 0, name: 'Unknown' });
    expect(program?.agencies.map((agency) => agency.type)).toEqual([
      { id: 2, name: 'Multinational' },
      { id: 0, name: 'Unknown' },
    ]);
  });

  it('gives a record the app accepts as a detailed 2.3.0 event', () => {
    const represented = representEvent(storedFromV220(v220Event()), 'detailed');
    const parsed = EventDetailed.safeParse(JSON.parse(JSON.stringify(represented)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('treats a missing webcast_live (dashboard events) as not flagged, and a single program object as a list', () => {
    const record = v220Event();
    delete record.webcast_live;
    const program = (record.program as unknown[])[0];
    const event = storedFromV220({ ...record, program });
    expect(event.webcast_live).toBe(false);
    expect(event.program).toHaveLength(1);
  });

  it('says which record and field is wrong', () => {
    expect(() => storedFromV220(v220Event({ name: 42 }))).toThrow(
      new RecordError('event 296: "name" is not text'),
    );
    expect(() => storedFromV220(v220Event({ date: 'soon' }))).toThrow(/event 296: date "soon"/);
    expect(() => storedFromV220(v220Event({ launches: [{ id: 'x' }] }))).toThrow(
      /event 296\.launches\[0\]: "name" is not text/,
    );
  });
});
