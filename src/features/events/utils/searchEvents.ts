import type { EventSummary } from '../../../db/eventSummary.ts';

/** Search terms as the API splits them: on spaces and commas, case-insensitive. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((term) => term !== '');
}

/**
 * What a term costs by where it is found (lower ranks first): in the name as a whole word, at the
 * start of a word, inside a word; then the other fields in a fixed order.
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

const isWordCharacter = (code: number): boolean =>
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

/**
 * How well an event matches every term: the sum over terms of the rank of the best place that
 * holds it (see `SearchRank`), or -1 when some term is nowhere. Lower is better.
 */
export function searchScore(event: EventSummary, terms: string[]): number {
  const text = event.search;
  let score = 0;
  for (const term of terms) {
    // Unrolled in rank order (a loop over field names is measurably slower per keystroke).
    const inName = nameRank(text.name, term);
    if (inName >= 0) score += inName;
    else if (text.location.includes(term)) score += SearchRank.Location;
    else if (text.type.includes(term)) score += SearchRank.Type;
    else if (text.agencies.includes(term)) score += SearchRank.Agencies;
    else if (text.programs.includes(term)) score += SearchRank.Programs;
    else if (text.description.includes(term)) score += SearchRank.Description;
    else return -1;
  }
  return score;
}
