import type { EventSummary } from '../../../db/eventSummary.ts';
import { LIVE_OUTER_MARGIN_MS, liveSpan } from '../../../domain/live.ts';
import { utcCalendar } from '../../../lib/utcCalendar.ts';
import { finishSteps } from '../../../lib/finishSteps.ts';

/**
 * One filterable fact of every event (its type, agencies, programs, stations, year or month) as
 * small numbers: option `codes[k]` for k in [starts[i], starts[i + 1]) belong to the event at
 * position i, and `ids[code]` is the option's id. Counting options into an `Int32Array` by code
 * is what lets a keystroke's facet pass over 100,000 events run without a Map lookup per option
 * (decision 030).
 */
export interface FacetColumn {
  ids: number[];
  codeOf: Map<number, number>;
  starts: Int32Array;
  codes: Int32Array;
}

/**
 * What a query reads per event, laid out by position in the sorted events so the per-keystroke
 * pass touches typed arrays instead of 100,000 scattered objects. Built once per sorted list.
 */
export interface EventColumns {
  /** Epoch ms of the date; NaN when undated. */
  dateMs: Float64Array;
  /** UTC year and day of the month of the date; -1 when undated (months: `monthOptions`). */
  years: Int16Array;
  days: Int8Array;
  hasWebcast: Uint8Array;
  /** The span outside which an event cannot be live (decision 021); NaN when undated. */
  liveFromMs: Float64Array;
  liveToMs: Float64Array;
  types: FacetColumn;
  agencies: FacetColumn;
  programs: FacetColumn;
  spacestations: FacetColumn;
  yearOptions: FacetColumn;
  monthOptions: FacetColumn;
}

function* facetColumn(
  sorted: readonly EventSummary[],
  optionIds: (event: EventSummary, position: number) => readonly number[],
): Generator<void, FacetColumn, void> {
  const ids: number[] = [];
  const codeOf = new Map<number, number>();
  const starts = new Int32Array(sorted.length + 1);
  const codes: number[] = [];
  for (let position = 0; position < sorted.length; position += 1) {
    const event = sorted[position];
    starts[position] = codes.length;
    if (event === undefined) continue;
    for (const id of optionIds(event, position)) {
      let code = codeOf.get(id);
      if (code === undefined) {
        code = ids.length;
        ids.push(id);
        codeOf.set(id, code);
      }
      codes.push(code);
    }
    if ((position + 1) % EVENTS_PER_STEP === 0) yield;
  }
  starts[sorted.length] = codes.length;
  return { ids, codeOf, starts, codes: Int32Array.from(codes) };
}

const NONE: readonly number[] = [];
/** Events a pass goes through between two pauses of a stepped build (about 1 ms on a desktop). */
export const EVENTS_PER_STEP = 2_000;
const idsOf = (items: readonly { id: number }[]) => items.map((item) => item.id);

export function buildEventColumns(sorted: readonly EventSummary[]): EventColumns {
  return finishSteps(eventColumnSteps(sorted));
}

/**
 * `buildEventColumns` in steps: the generator pauses every `EVENTS_PER_STEP` events of each pass, so a caller can spread the work over several tasks while a sync writes (decision 032).
 * Each step reads only `sorted`, which must not change until the generator returns.
 */
export function* eventColumnSteps(
  sorted: readonly EventSummary[],
): Generator<void, EventColumns, void> {
  const count = sorted.length;
  const dateMs = new Float64Array(count).fill(NaN);
  const years = new Int16Array(count).fill(-1);
  const months = new Int8Array(count).fill(-1);
  const days = new Int8Array(count).fill(-1);
  const hasWebcast = new Uint8Array(count);
  const liveFromMs = new Float64Array(count).fill(NaN);
  const liveToMs = new Float64Array(count).fill(NaN);
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && i % EVENTS_PER_STEP === 0) yield;
    const event = sorted[i];
    if (event === undefined) continue;
    hasWebcast[i] = event.webcasts.length > 0 ? 1 : 0;
    const date = event.dateMs;
    if (date === null) continue;
    dateMs[i] = date;
    const calendar = utcCalendar(date);
    years[i] = calendar.year;
    months[i] = calendar.month;
    days[i] = calendar.day;
    const span = liveSpan(event, LIVE_OUTER_MARGIN_MS);
    liveFromMs[i] = span?.fromMs ?? NaN;
    liveToMs[i] = span?.toMs ?? NaN;
  }
  yield;
  const types = yield* facetColumn(sorted, (event) => [event.typeId]);
  const agencies = yield* facetColumn(sorted, (event) => idsOf(event.agencies));
  const programs = yield* facetColumn(sorted, (event) => idsOf(event.programs));
  const spacestations = yield* facetColumn(sorted, (event) => idsOf(event.spacestations));
  const yearOptions = yield* facetColumn(sorted, (_, i) =>
    (years[i] ?? -1) < 0 ? NONE : [years[i] ?? 0],
  );
  const monthOptions = yield* facetColumn(sorted, (_, i) =>
    (months[i] ?? -1) < 0 ? NONE : [months[i] ?? 0],
  );
  return {
    dateMs,
    years,
    days,
    hasWebcast,
    liveFromMs,
    liveToMs,
    types,
    agencies,
    programs,
    spacestations,
    yearOptions,
    monthOptions,
  };
}

/**
 * The chosen options of one filter as a mark per code, or null when the filter is not in use.
 * An id no stored event has marks nothing, so that filter passes no event (as before: nothing has
 * it).
 */
export function chosenCodes(column: FacetColumn, chosenIds: readonly number[]): Uint8Array | null {
  if (chosenIds.length === 0) return null;
  const chosen = new Uint8Array(column.ids.length);
  for (const id of chosenIds) {
    const code = column.codeOf.get(id);
    if (code !== undefined) chosen[code] = 1;
  }
  return chosen;
}

/** True when the event at `position` has one of the chosen options. */
export function hasChosen(column: FacetColumn, position: number, chosen: Uint8Array): boolean {
  const end = column.starts[position + 1] ?? 0;
  for (let k = column.starts[position] ?? 0; k < end; k += 1) {
    if (chosen[column.codes[k] ?? 0] === 1) return true;
  }
  return false;
}

/** Adds the event at `position` to the counts of each of its options. */
export function countOptions(column: FacetColumn, position: number, counts: Int32Array): void {
  const end = column.starts[position + 1] ?? 0;
  for (let k = column.starts[position] ?? 0; k < end; k += 1) {
    const code = column.codes[k] ?? 0;
    counts[code] = (counts[code] ?? 0) + 1;
  }
}

/** Counts by code back to a Map by option id, holding only options with a count. */
export function countsById(column: FacetColumn, counts: Int32Array): Map<number, number> {
  const byId = new Map<number, number>();
  counts.forEach((n, code) => {
    if (n > 0) byId.set(column.ids[code] ?? 0, n);
  });
  return byId;
}
