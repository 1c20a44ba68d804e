import type { DatePrecision, IdName, ImageLicense, Language } from './types.ts';

/** Event types with LL2's stable ids (DESIGN §2). */
export const EVENT_TYPES: readonly IdName[] = [
  { id: 1, name: 'Unknown' },
  { id: 2, name: 'Docking' },
  { id: 3, name: 'EVA' },
  { id: 4, name: 'Spacecraft Berthing' },
  { id: 5, name: 'Static Fire' },
  { id: 6, name: 'Spacecraft Event' },
  { id: 7, name: 'Moon Landing' },
  { id: 8, name: 'Spacecraft Undocking' },
  { id: 9, name: 'Spacecraft Landing' },
  { id: 10, name: 'Abort Test' },
  { id: 11, name: 'Celestial Event' },
  { id: 12, name: 'Hatch Opening' },
  { id: 13, name: 'Spacecraft Release' },
  { id: 14, name: 'Test Flight' },
  { id: 15, name: 'Change of Command' },
  { id: 16, name: 'Orbital Insertion' },
  { id: 17, name: 'Farewell Ceremony' },
  { id: 18, name: 'Rehearsal' },
  { id: 19, name: 'Ambient Pressure Test' },
  { id: 20, name: 'Press Event' },
  { id: 21, name: 'Cryoproof Test' },
  { id: 22, name: 'Wet Dress Rehearsal' },
  { id: 23, name: 'Flyby' },
  { id: 24, name: 'Launch' },
  { id: 25, name: 'Spacecraft Relocation' },
  { id: 26, name: 'Satellite Deployment' },
  { id: 27, name: 'Rollout' },
  { id: 28, name: 'Public Hearing' },
];

export type EventTypeName = (typeof EVENT_TYPES)[number]['name'];

export function eventType(id: number): IdName {
  const type = EVENT_TYPES.find((candidate) => candidate.id === id);
  if (!type) throw new Error(`Unknown event type id ${id}`);
  return type;
}

/** `date_precision` values 0–16 as LL2 names them. */
export const DATE_PRECISIONS: readonly DatePrecision[] = [
  { id: 0, name: 'Second', abbrev: 'SEC', description: 'The T-0 is accurate to the second.' },
  { id: 1, name: 'Minute', abbrev: 'MIN', description: 'The T-0 is accurate to the minute.' },
  { id: 2, name: 'Hour', abbrev: 'HR', description: 'The T-0 is accurate to the hour.' },
  {
    id: 3,
    name: 'Morning',
    abbrev: 'AM',
    description: 'The T-0 is expected in the morning (local time).',
  },
  {
    id: 4,
    name: 'Afternoon',
    abbrev: 'PM',
    description: 'The T-0 is expected in the afternoon (local time).',
  },
  { id: 5, name: 'Day', abbrev: 'DAY', description: 'The T-0 is expected on the given day.' },
  { id: 6, name: 'Week', abbrev: 'WK', description: 'The T-0 is expected within the given week.' },
  {
    id: 7,
    name: 'Month',
    abbrev: 'MON',
    description: 'The T-0 is expected within the given month.',
  },
  {
    id: 8,
    name: 'Quarter 1',
    abbrev: 'Q1',
    description: 'The T-0 is expected in the first quarter.',
  },
  {
    id: 9,
    name: 'Quarter 2',
    abbrev: 'Q2',
    description: 'The T-0 is expected in the second quarter.',
  },
  {
    id: 10,
    name: 'Quarter 3',
    abbrev: 'Q3',
    description: 'The T-0 is expected in the third quarter.',
  },
  {
    id: 11,
    name: 'Quarter 4',
    abbrev: 'Q4',
    description: 'The T-0 is expected in the fourth quarter.',
  },
  {
    id: 12,
    name: 'Half 1',
    abbrev: 'H1',
    description: 'The T-0 is expected in the first half of the year.',
  },
  {
    id: 13,
    name: 'Half 2',
    abbrev: 'H2',
    description: 'The T-0 is expected in the second half of the year.',
  },
  {
    id: 14,
    name: 'Year',
    abbrev: 'YEAR',
    description: 'The T-0 is expected within the given year.',
  },
  {
    id: 15,
    name: 'Fiscal Year',
    abbrev: 'FY',
    description: 'The T-0 is expected within the given fiscal year.',
  },
  {
    id: 16,
    name: 'Decade',
    abbrev: 'DEC',
    description: 'The T-0 is expected within the given decade.',
  },
];

export function datePrecision(id: number): DatePrecision {
  const precision = DATE_PRECISIONS[id];
  if (!precision) throw new Error(`Unknown date precision id ${id}`);
  return precision;
}

export const LANGUAGES = {
  en: { id: 1, name: 'English', code: 'en' },
  es: { id: 2, name: 'Spanish', code: 'es' },
  ru: { id: 3, name: 'Russian', code: 'ru' },
  fr: { id: 4, name: 'French', code: 'fr' },
  de: { id: 5, name: 'German', code: 'de' },
  zh: { id: 6, name: 'Chinese', code: 'zh' },
  ja: { id: 7, name: 'Japanese', code: 'ja' },
  pt: { id: 8, name: 'Portuguese', code: 'pt' },
} as const satisfies Record<string, Language>;

export type LanguageCode = keyof typeof LANGUAGES;

export const WEBCAST_TYPES = {
  official: { id: 1, name: 'Official Webcast' },
  unofficial: { id: 2, name: 'Unofficial Webcast' },
  press: { id: 3, name: 'Press Conference' },
} as const satisfies Record<string, IdName>;

export const INFO_TYPES = {
  official: { id: 1, name: 'Official Page' },
  article: { id: 2, name: 'Article' },
} as const satisfies Record<string, IdName>;

export const LICENSES = {
  unknown: { id: 1, name: 'Unknown', priority: 9, link: null },
  sample: {
    id: 7,
    name: 'Generated sample image (CC0)',
    priority: 0,
    link: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
} as const satisfies Record<string, ImageLicense>;

/** People who write event updates; "LL2" is the bot that announces webcasts. */
export const UPDATE_AUTHORS: readonly string[] = [
  'LL2',
  'orbit_watcher',
  'Nadia_K',
  'hatchcam',
  'deltaV42',
  'SwiftTelemetry',
];
