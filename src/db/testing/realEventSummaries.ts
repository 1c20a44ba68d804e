/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { EventDetailed, EventNormal } from '../../api/schemas.ts';
import { toEventSummary, type EventSummary } from '../eventSummary.ts';
import { makeLaunch, makeSpaceStation } from '../../api/testing/eventFactory.ts';
import { makeEventSummary } from './eventFactories.ts';
import { ll2DataDir, ll2DataFile } from '../../testing/ll2Data.ts';

/** The real 2.3.0 detailed events (2020, and Soyuz MS-26's farewell and undocking in 2025). */
export const DETAILED_2_3_0 = 'TiloHeidasch-launchschedule_previousevents_2.3.0_detailed.json';
/** 451 real 2.2.0 detailed events, 2019–2022: many stays with both ends. */
export const DETAILED_2_2_0 = 'mboyakanni-launchschedule_previousevents_2.2.0_detailed.json';

function readArray(file: string): Record<string, unknown>[] {
  const data: unknown = JSON.parse(readFileSync(ll2DataFile(file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file} is not an array of events`);
  return data as Record<string, unknown>[];
}

/** The real 2.3.0 records, validated as the sync validates them. */
export function realDetailedEvents(): EventDetailed[] {
  return readArray(DETAILED_2_3_0).map((record) => EventDetailed.parse(record));
}

interface Record220 {
  id: number;
  name: string;
  slug: string;
  type: { id: number; name: string };
  date: string;
  spacestations: { id: number; name: string }[] | null;
  launches: { id: string; name: string }[] | null;
}

/**
 * Summaries of the real 2.2.0 records. That shape does not validate as 2.3.0 (it lacks fields the
 * app requires), so only what pairing reads is carried over, verbatim: id, name, slug, type, date,
 * stations and launches. 2.2.0 has no date precision; these past events are exact.
 */
export function realSummaries220(): EventSummary[] {
  return (readArray(DETAILED_2_2_0) as unknown as Record220[]).map((record) =>
    makeEventSummary({
      id: record.id,
      name: record.name,
      slug: record.slug,
      type: record.type,
      date: record.date,
      date_precision: null,
      spacestations: (record.spacestations ?? []).map((s) =>
        makeSpaceStation({ id: s.id, name: s.name }),
      ),
      launches: (record.launches ?? []).map((l) => makeLaunch(l.id, l.name)),
    }),
  );
}

/** Summaries of the real 2.3.0 records, projected as the sync projects them. */
export function realSummaries230(): EventSummary[] {
  return realDetailedEvents().map(toEventSummary);
}

/**
 * Every distinct real event of the recordings, as the lists hold them: the 2.3.0 list and detailed
 * responses projected as the sync projects them, then the 2.2.0 records not among them (names,
 * types and stations only; see `realSummaries220`). What search ranks on real names.
 */
export function realEventSummaries(): EventSummary[] {
  const byId = new Map<number, EventSummary>();
  for (const file of readdirSync(ll2DataDir)) {
    if (!file.endsWith('.json') || !file.includes('_2.3.0') || file.startsWith('openapi')) continue;
    const data: unknown = JSON.parse(readFileSync(ll2DataFile(file), 'utf8'));
    if (!Array.isArray(data)) continue;
    for (const record of data) {
      const parsed = EventNormal.safeParse(record);
      if (parsed.success) byId.set(parsed.data.id, toEventSummary(parsed.data));
    }
  }
  for (const summary of realSummaries220())
    if (!byId.has(summary.id)) byId.set(summary.id, summary);
  return [...byId.values()];
}
