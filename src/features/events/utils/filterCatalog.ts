import type { EventSummary } from '../../../db/eventSummary.ts';
import { finishSteps } from '../../../lib/finishSteps.ts';

export interface FilterOption {
  id: number;
  name: string;
}

/** Every value the stored events offer for each filter, named and sorted by name. */
export interface FilterCatalog {
  types: FilterOption[];
  agencies: FilterOption[];
  programs: FilterOption[];
  spacestations: FilterOption[];
  years: number[];
}

const byName = (a: FilterOption, b: FilterOption) => a.name.localeCompare(b.name) || a.id - b.id;

export function buildFilterCatalog(events: readonly EventSummary[]): FilterCatalog {
  return finishSteps(filterCatalogSteps(events));
}

/** `buildFilterCatalog` in steps: it pauses every `eventsPerStep` events (decision 032). */
export function* filterCatalogSteps(
  events: readonly EventSummary[],
  eventsPerStep = 2_000,
): Generator<void, FilterCatalog, void> {
  const types = new Map<number, string>();
  const agencies = new Map<number, string>();
  const programs = new Map<number, string>();
  const stations = new Map<number, string>();
  const years = new Set<number>();
  let passed = 0;
  for (const event of events) {
    passed += 1;
    if (passed % eventsPerStep === 0) yield;
    types.set(event.typeId, event.typeName);
    for (const { id, name } of event.agencies) agencies.set(id, name);
    for (const { id, name } of event.programs) programs.set(id, name);
    for (const { id, name } of event.spacestations) stations.set(id, name);
    if (event.dateMs !== null) years.add(new Date(event.dateMs).getUTCFullYear());
  }
  const options = (map: Map<number, string>) =>
    [...map].map(([id, name]) => ({ id, name })).sort(byName);
  yield;
  return {
    types: options(types),
    agencies: options(agencies),
    programs: options(programs),
    spacestations: options(stations),
    years: [...years].sort((a, b) => b - a),
  };
}
