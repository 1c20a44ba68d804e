import type { EventSummary } from '../../../db/eventSummary.ts';

/** Search terms as the API splits them: on spaces and commas, case-insensitive. */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((term) => term !== '');
}

/**
 * How well an event matches every term: the sum over terms of the rank of the first field that
 * holds it (name 0 … description 5), or -1 when some term is nowhere.
 */
export function searchScore(event: EventSummary, terms: string[]): number {
  const text = event.search;
  let score = 0;
  for (const term of terms) {
    // Unrolled in rank order (a loop over field names is measurably slower per keystroke).
    if (text.name.includes(term)) continue;
    if (text.location.includes(term)) score += 1;
    else if (text.type.includes(term)) score += 2;
    else if (text.agencies.includes(term)) score += 3;
    else if (text.programs.includes(term)) score += 4;
    else if (text.description.includes(term)) score += 5;
    else return -1;
  }
  return score;
}
