import type { EventSummary } from '../../../db/eventSummary.ts';
import { yieldToMain } from '../../../lib/yieldToMain.ts';
import { SearchRank, isWordCharacter, scoreOfRanks } from './searchEvents.ts';

/**
 * Every event's search text laid out as one string per field, the events in sorted order, so a
 * term is looked for with one `indexOf` scan per field over the whole archive instead of six
 * calls per event (decision 033). `starts[i]` is where event i's text begins; each event's text
 * ends with a line break, which no term holds (terms split on white space), so a match never runs
 * from one event into the next, and the break counts as the edge of a word as the string's own
 * end does.
 */
export interface SearchColumns {
  count: number;
  /** Field `index` in rank order (name, location, type, agencies, programs, description), laid out on first use. */
  field: (index: number) => SearchField;
  /** Lays out up to `events` more events of field `index`; true once the field is whole. */
  layOutSome: (index: number, events: number) => boolean;
}

interface SearchField {
  rank: number;
  text: string;
  starts: Int32Array;
}

/** A term's best place in each event, by position: a `SearchRank`, or NOT_FOUND. */
export type TermRanks = Uint8Array;
export const NOT_FOUND = 255;

const FIELDS: readonly [keyof EventSummary['search'], number][] = [
  ['name', SearchRank.NameWord],
  ['location', SearchRank.Location],
  ['type', SearchRank.Type],
  ['agencies', SearchRank.Agencies],
  ['programs', SearchRank.Programs],
  ['description', SearchRank.Description],
];

/** Events laid out per task ahead of a search: a few milliseconds each at desktop speed. */
const LAYOUT_SLICE = 10_000;

/** One field's text, laid out up to event `laidOut`. */
interface FieldDraft {
  rank: number;
  key: keyof EventSummary['search'];
  text: string;
  starts: Int32Array;
  laidOut: number;
}

function layOutSlice(sorted: readonly EventSummary[], draft: FieldDraft, upTo: number): void {
  const end = Math.min(upTo, sorted.length);
  let { text } = draft;
  for (let i = draft.laidOut; i < end; i += 1) {
    draft.starts[i] = text.length;
    // Appending builds a rope; the first scan flattens it into one string.
    text += (sorted[i] as EventSummary).search[draft.key] + '\n';
  }
  draft.starts[end] = text.length;
  draft.text = text;
  draft.laidOut = end;
}

/**
 * The search columns of `sorted`. Each field is laid out the first time a search needs it, or
 * ahead of time, a slice a task, by `prepareSearchColumns`: at 100,000 events a whole field takes
 * tens of milliseconds.
 */
export function searchColumnsOf(sorted: readonly EventSummary[]): SearchColumns {
  const count = sorted.length;
  // Made on first use: a list model is built for every re-read while a sync writes, and most are
  // never searched.
  const drafts: (FieldDraft | undefined)[] = [];
  const draftAt = (index: number): FieldDraft => {
    const known = drafts[index];
    if (known) return known;
    const [key, rank] = FIELDS[index] as (typeof FIELDS)[number];
    const draft: FieldDraft = {
      rank,
      key,
      text: '',
      starts: new Int32Array(count + 1),
      laidOut: 0,
    };
    drafts[index] = draft;
    return draft;
  };
  return {
    count,
    field: (index) => {
      const draft = draftAt(index);
      layOutSlice(sorted, draft, count);
      return draft;
    },
    layOutSome: (index, events) => {
      const draft = draftAt(index);
      layOutSlice(sorted, draft, draft.laidOut + events);
      return draft.laidOut >= count;
    },
  };
}

/**
 * Lays out every field, a slice of events a task, so a first search finds them ready; stops when
 * `signal` aborts.
 */
export async function prepareSearchColumns(
  columns: SearchColumns,
  signal: AbortSignal,
): Promise<void> {
  for (let index = 0; index < FIELDS.length; index += 1) {
    for (;;) {
      await yieldToMain();
      if (signal.aborted) return;
      if (columns.layOutSome(index, LAYOUT_SLICE)) break;
    }
    // Flattened now, in a task of its own, rather than by the first keystroke's scan.
    columns.field(index).text.indexOf('\n');
  }
}

/** How the name holds the match at `at`: whole word, start of a word, or inside one. */
function nameRankAt(text: string, at: number, length: number): number {
  if (at > 0 && isWordCharacter(text.charCodeAt(at - 1))) return SearchRank.NameInsideWord;
  const end = at + length;
  return end < text.length && isWordCharacter(text.charCodeAt(end))
    ? SearchRank.NameWordStart
    : SearchRank.NameWord;
}

/**
 * Where `term` sits at best in each event (the same answer as `termRank` per event). The name is
 * scanned first and then each other field in rank order, skipping events already placed.
 */
export function rankTerm(columns: SearchColumns, term: string): TermRanks {
  const ranks = new Uint8Array(columns.count).fill(NOT_FOUND);
  if (term === '') return ranks;
  for (let index = 0; index < FIELDS.length; index += 1) {
    const { rank, text, starts } = columns.field(index);
    const inName = rank === SearchRank.NameWord;
    let event = 0;
    let at = text.indexOf(term);
    while (at >= 0) {
      // Matches come in order, so the event holding this one is found by walking forwards.
      while ((starts[event + 1] ?? 0) <= at) event += 1;
      const next = starts[event + 1] ?? text.length;
      if (!inName) {
        if (ranks[event] === NOT_FOUND) ranks[event] = rank;
        at = text.indexOf(term, next);
        continue;
      }
      const here = nameRankAt(text, at, term.length);
      if (here < (ranks[event] ?? NOT_FOUND)) ranks[event] = here;
      // A whole word is the best a name can do; otherwise a later match may do better.
      at = text.indexOf(term, here === SearchRank.NameWord ? next : at + 1);
    }
  }
  return ranks;
}

/**
 * The events where every term is found, as ascending positions with their scores (as
 * `searchScore` gives them), among `candidates` (ascending positions) or among all events.
 */
export function matchAll(
  termRanks: readonly TermRanks[],
  count: number,
  candidates: Int32Array | null,
): { positions: Int32Array; scores: Uint32Array } {
  const total = candidates ? candidates.length : count;
  const positions = new Int32Array(total);
  const scores = new Uint32Array(total);
  const placed = new Uint8Array(termRanks.length);
  let found = 0;
  outer: for (let c = 0; c < total; c += 1) {
    const position = candidates ? (candidates[c] ?? 0) : c;
    for (let t = 0; t < termRanks.length; t += 1) {
      const rank = (termRanks[t] as TermRanks)[position] ?? NOT_FOUND;
      if (rank === NOT_FOUND) continue outer;
      placed[t] = rank;
    }
    positions[found] = position;
    scores[found] = scoreOfRanks(placed);
    found += 1;
  }
  return { positions: positions.slice(0, found), scores: scores.slice(0, found) };
}
