import { mediaImage } from './media.ts';
import {
  SELF_ORIGIN,
  type AgencyMini,
  type Astronaut,
  type Program,
  type SpaceStation,
} from './types.ts';

/**
 * The agencies, programs, space stations and crews the generated events refer to. Names of real
 * agencies and stations are public facts; the people are invented. Ids are this server's own.
 */
function agency(
  id: number,
  name: string,
  abbrev: string,
  typeName: 'Government' | 'Commercial' | 'Multinational',
): AgencyMini {
  const typeId = { Government: 1, Multinational: 2, Commercial: 3 }[typeName];
  return {
    response_mode: 'list',
    id,
    url: `${SELF_ORIGIN}/agencies/${id}/`,
    name,
    abbrev,
    type: { id: typeId, name: typeName },
  };
}

export const AGENCIES = {
  nasa: agency(44, 'National Aeronautics and Space Administration', 'NASA', 'Government'),
  roscosmos: agency(63, 'Russian Federal Space Agency (ROSCOSMOS)', 'RFSA', 'Government'),
  spacex: agency(121, 'SpaceX', 'SpX', 'Commercial'),
  esa: agency(27, 'European Space Agency', 'ESA', 'Multinational'),
  jaxa: agency(37, 'Japan Aerospace Exploration Agency', 'JAXA', 'Government'),
  cmsa: agency(1024, 'China Manned Space Agency', 'CMSA', 'Government'),
  northrop: agency(257, 'Northrop Grumman Space Systems', 'NGSS', 'Commercial'),
  boeing: agency(80, 'Boeing', 'BA', 'Commercial'),
  axiom: agency(1033, 'Axiom Space', 'AX', 'Commercial'),
  isro: agency(31, 'Indian Space Research Organization', 'ISRO', 'Government'),
  csa: agency(16, 'Canadian Space Agency', 'CSA', 'Government'),
} satisfies Record<string, AgencyMini>;

export type AgencyKey = keyof typeof AGENCIES;

function program(
  id: number,
  name: string,
  agencies: AgencyMini[],
  startDate: string,
  typeName: string,
  description: string,
): Program {
  return {
    response_mode: 'normal',
    id,
    url: `${SELF_ORIGIN}/programs/${id}/`,
    name,
    image: mediaImage(3000 + id, `program-${id}`, name),
    info_url: null,
    wiki_url: `https://en.wikipedia.org/wiki/${name.replace(/ /g, '_')}`,
    description,
    agencies,
    start_date: startDate,
    end_date: null,
    mission_patches: [],
    type: { id: typeName === 'Human Spaceflight' ? 2 : 1, name: typeName },
  };
}

const a = AGENCIES;
export const PROGRAMS = {
  artemis: program(
    1,
    'Artemis',
    [a.nasa, a.esa],
    '2017-12-11T00:00:00Z',
    'Human Spaceflight',
    'A crewed lunar exploration programme returning people to the surface of the Moon.',
  ),
  soyuz: program(
    8,
    'Soyuz',
    [a.roscosmos],
    '1966-11-28T11:02:00Z',
    'Human Spaceflight',
    'The long-running Russian crewed spacecraft programme.',
  ),
  iss: program(
    17,
    'International Space Station',
    [a.nasa, a.roscosmos],
    '1998-11-20T06:40:00Z',
    'Human Spaceflight',
    'Assembly, crew rotation and resupply of the International Space Station.',
  ),
  commercialCrew: program(
    18,
    'Commercial Crew Program',
    [a.nasa],
    '2011-04-18T00:00:00Z',
    'Human Spaceflight',
    'Crew transport to low Earth orbit on commercially built spacecraft.',
  ),
  resupply: program(
    19,
    'Commercial Resupply Services',
    [a.nasa],
    '2008-12-23T00:00:00Z',
    'Cargo',
    'Cargo deliveries to the International Space Station by commercial vehicles.',
  ),
  tiangong: program(
    24,
    'Tiangong Space Station',
    [a.cmsa],
    '2021-04-29T03:23:15Z',
    'Human Spaceflight',
    'Assembly, crew rotation and resupply of the Tiangong space station.',
  ),
  starship: program(
    25,
    'Starship',
    [a.spacex],
    '2019-07-25T00:00:00Z',
    'Test Program',
    'Development flights of a fully reusable super heavy-lift launch system.',
  ),
  gaganyaan: program(
    30,
    'Gaganyaan',
    [a.isro],
    '2018-08-15T00:00:00Z',
    'Human Spaceflight',
    'An Indian crewed orbital spacecraft programme.',
  ),
} satisfies Record<string, Program>;

function station(
  id: number,
  name: string,
  founded: string,
  orbit: string,
  typeName: string,
  description: string,
): SpaceStation {
  return {
    id,
    url: `${SELF_ORIGIN}/space_stations/${id}/`,
    name,
    image: mediaImage(4000 + id, `station-${id}`, name),
    status: { id: 1, name: 'Active' },
    founded,
    deorbited: null,
    description,
    orbit,
    type: { id: typeName === 'Government' ? 2 : 3, name: typeName },
  };
}

export const STATIONS = {
  iss: station(
    4,
    'International Space Station',
    '1998-11-20',
    'Low Earth Orbit',
    'Government',
    'A modular crewed station in low Earth orbit, continuously inhabited since 2000.',
  ),
  tiangong: station(
    18,
    'Tiangong Space Station',
    '2021-04-29',
    'Low Earth Orbit',
    'Government',
    'A three-module crewed station in low Earth orbit.',
  ),
} satisfies Record<string, SpaceStation>;

export type StationKey = keyof typeof STATIONS;

function astronaut(id: number, name: string, agencyMini: AgencyMini): Astronaut {
  return {
    id,
    url: `${SELF_ORIGIN}/astronauts/${id}/`,
    name,
    status: { id: 1, name: 'Active' },
    agency: agencyMini,
    image: mediaImage(5000 + id, `astronaut-${id}`, name),
  };
}

/** Invented crew members, grouped by who they fly with. */
export const ASTRONAUTS: Record<'nasa' | 'roscosmos' | 'cmsa' | 'partners', Astronaut[]> = {
  nasa: [
    astronaut(901, 'Mara Whitfield', a.nasa),
    astronaut(902, 'Desmond Okafor', a.nasa),
    astronaut(903, 'Jolene Park', a.nasa),
    astronaut(904, 'Tobias Rendell', a.nasa),
    astronaut(905, 'Imani Castillo', a.nasa),
    astronaut(906, 'Grant Holloway', a.nasa),
  ],
  roscosmos: [
    astronaut(921, 'Oleg Danilin', a.roscosmos),
    astronaut(922, 'Vera Sokolova', a.roscosmos),
    astronaut(923, 'Pavel Ignatov', a.roscosmos),
    astronaut(924, 'Arkady Lunev', a.roscosmos),
  ],
  cmsa: [
    astronaut(941, 'Zhou Mingyuan', a.cmsa),
    astronaut(942, 'Liang Xiaowen', a.cmsa),
    astronaut(943, 'Gao Ruiqi', a.cmsa),
  ],
  partners: [
    astronaut(961, 'Lucie Bernard', a.esa),
    astronaut(962, 'Kenji Aramaki', a.jaxa),
    astronaut(963, 'Elliot Marchand', a.csa),
  ],
};
