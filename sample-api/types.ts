/**
 * The shapes the sample server stores and serves. They follow the published LL2 2.3.0 schema
 * (EventEndpointDetailed and its nested objects); a stored event is the detailed representation
 * without the fields that depend on the request (`url`, `response_mode`).
 *
 * Every URL that points back at this server is stored with `SELF_ORIGIN` as its prefix and rewritten
 * to the request's own origin and mount path when served, so one data set serves any host.
 */
export const SELF_ORIGIN = 'sample-api-self:';

export interface IdName {
  id: number;
  name: string;
}

export interface DatePrecision {
  id: number;
  name: string;
  abbrev: string;
  description: string;
}

export interface ImageLicense {
  id: number;
  name: string;
  priority: number;
  link: string | null;
}

export interface Image {
  id: number;
  name: string;
  image_url: string;
  thumbnail_url: string;
  credit: string | null;
  license: ImageLicense;
  single_use: boolean;
  variants: never[];
}

export interface Language {
  id: number;
  name: string;
  code: string;
}

export interface VidUrl {
  priority: number;
  source: string | null;
  publisher: string | null;
  title: string | null;
  description: string | null;
  feature_image: string | null;
  url: string;
  type: IdName | null;
  language: Language | null;
  start_time: string | null;
  end_time: string | null;
  live: boolean;
}

export interface InfoUrl {
  priority: number;
  source: string | null;
  title: string | null;
  description: string | null;
  feature_image: string | null;
  url: string;
  type: IdName | null;
  language: Language | null;
}

export interface EventUpdate {
  id: number;
  profile_image: string | null;
  comment: string | null;
  info_url: string | null;
  created_by: string | null;
  created_on: string;
}

export interface AgencyMini {
  response_mode: 'list';
  id: number;
  url: string;
  name: string;
  abbrev: string;
  type: IdName;
}

export interface LaunchBasic {
  id: string;
  url: string;
  name: string;
  response_mode: 'list';
  slug: string;
  launch_designator: string | null;
  status: { id: number; name: string; abbrev: string; description: string } | null;
  last_updated: string;
  net: string;
  net_precision: DatePrecision | null;
  window_end: string;
  window_start: string;
  image: Image | null;
  infographic: string | null;
}

export interface SpaceStation {
  id: number;
  url: string;
  name: string;
  image: Image | null;
  status: IdName;
  founded: string;
  deorbited: string | null;
  description: string;
  orbit: string | null;
  type: IdName;
}

export interface MissionPatch {
  id: number;
  name: string;
  priority: number;
  image_url: string;
  agency: AgencyMini | null;
  response_mode: 'normal';
}

export interface SpacewalkList {
  response_mode: 'list';
  id: number;
  url: string;
  name: string;
  start: string | null;
  end: string | null;
  duration: string | null;
  location: string | null;
}

export interface Expedition {
  id: number;
  url: string;
  name: string;
  start: string;
  end: string | null;
  response_mode: 'normal';
  spacestation: SpaceStation;
  mission_patches: MissionPatch[];
  spacewalks: SpacewalkList[];
}

export interface Program {
  response_mode: 'normal';
  id: number;
  url: string;
  name: string;
  image: Image | null;
  info_url: string | null;
  wiki_url: string | null;
  description: string | null;
  agencies: AgencyMini[];
  start_date: string | null;
  end_date: string | null;
  mission_patches: MissionPatch[];
  type: IdName;
}

export interface Astronaut {
  id: number;
  url: string;
  name: string;
  status: IdName;
  agency: AgencyMini | null;
  image: Image | null;
}

/** One event as stored: the detailed representation minus `url` and `response_mode`. */
export interface StoredEvent {
  id: number;
  name: string;
  info_urls: InfoUrl[];
  vid_urls: VidUrl[];
  image: Image | null;
  date: string | null;
  slug: string;
  type: IdName;
  description: string;
  webcast_live: boolean;
  location: string | null;
  date_precision: DatePrecision | null;
  duration: string | null;
  updates: EventUpdate[];
  last_updated: string;
  agencies: AgencyMini[];
  launches: LaunchBasic[];
  expeditions: Expedition[];
  spacestations: SpaceStation[];
  program: Program[];
  astronauts: Astronaut[];
}

export type ResponseMode = 'list' | 'normal' | 'detailed';
