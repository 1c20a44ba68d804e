import type { EventSummary } from '../../../db/eventSummary.ts';

/** Search terms as the API splits them: on spaces and commas, case-insensitive. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((term) => term !== '');
}

/**
 * Where a term is found at best (lower is better): in the name as a whole word, at the start of a
 * word, inside a word; then the other fields in a fixed order.
 */
export const SearchRank = {
  NameWord: 0,
  NameWordStart: 1,
  NameInsideWord: 2,
  Location: 3,
  Type: 4,
  Agencies: 5,
  Programs: 6,
  Description: 7,
} as const;

/** Letters, digits and anything beyond ASCII are word characters; the rest ends a word. */
export const isWordCharacter = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;

/** How `term` sits in `name` at its best occurrence, or -1 when it is not there. */
function nameRank(name: string, term: string): number {
  let at = name.indexOf(term);
  if (at < 0) return -1;
  let best: number = SearchRank.NameInsideWord;
  while (at >= 0) {
    const startsWord = at === 0 || !isWordCharacter(name.charCodeAt(at - 1));
    if (startsWord) {
      const end = at + term.length;
      if (end === name.length || !isWordCharacter(name.charCodeAt(end))) return SearchRank.NameWord;
      best = SearchRank.NameWordStart;
    }
    at = name.indexOf(term, at + 1);
  }
  return best;
}

/** The best place (a `SearchRank`) of the event's text holding `term`, or -1 when none does. */
export function termRank(text: EventSummary['search'], term: string): number {
  // Unrolled in rank order (a loop over field names is measurably slower per keystroke).
  const inName = nameRank(text.name, term);
  if (inName >= 0) return inName;
  if (text.location.includes(term)) return SearchRank.Location;
  if (text.type.includes(term)) return SearchRank.Type;
  if (text.agencies.includes(term)) return SearchRank.Agencies;
  if (text.programs.includes(term)) return SearchRank.Programs;
  if (text.description.includes(term)) return SearchRank.Description;
  return -1;
}

// The score's three parts, most significant first; each is clamped to 8 bits (over 60 terms only
// blurs the ranking among themselves).
const OUTSIDE_NAME = 1 << 16;
const NAME_PLACE = 1 << 8;
const clamp = (part: number) => Math.min(part, 255);

/**
 * How well an event matches every term, lower first, or -1 when some term is nowhere (the match
 * itself is the API's: every term, in any field). Compared part by part:
 * 1. how many terms are not in the name: more terms in the name rank first;
 * 2. how the name holds its terms: whole words, then word starts, then insides of words;
 * 3. where the other terms are: location, type, agencies, programs, then description.
 */
export function searchScore(event: EventSummary, terms: string[]): number {
  const ranks: number[] = [];
  for (const term of terms) {
    const rank = termRank(event.search, term);
    if (rank < 0) return -1;
    ranks.push(rank);
  }
  return scoreOfRanks(ranks);
}

/** The score (as `searchScore` gives it) of an event where each term was found at these ranks. */
export function scoreOfRanks(ranks: ArrayLike<number>): number {
  let outsideName = 0;
  let namePlace = 0;
  let otherPlace = 0;
  for (let i = 0; i < ranks.length; i += 1) {
    const rank = ranks[i] ?? 0;
    if (rank <= SearchRank.NameInsideWord) namePlace += rank;
    else {
      outsideName += 1;
      otherPlace += rank - SearchRank.Location;
    }
  }
  return clamp(outsideName) * OUTSIDE_NAME + clamp(namePlace) * NAME_PLACE + clamp(otherPlace);
}
