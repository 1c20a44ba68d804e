import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { realEventSummaries } from '../../../db/testing/realEventSummaries.ts';
import { locateLl2Data } from '../../../testing/ll2Data.ts';
import { NO_FILTERS, type ListOrdering } from './eventFilters.ts';
import { createEventQuery, dateOrdering, sortEvents } from './queryEvents.ts';

/*
 * Relevance on the names Launch Library 2 really writes (the recorded responses live outside the
 * repository). The best match for a word is an event whose name holds it as a word.
 */
const { present, skipNote } = locateLl2Data();

describe('relevance on real names', () => {
  let events: EventSummary[] | undefined;
  const search = (text: string, ordering: ListOrdering | null = null) => {
    const filters = { ...NO_FILTERS, search: text, ordering };
    events ??= realEventSummaries();
    return createEventQuery(sortEvents(events, dateOrdering(filters, 'all')))(
      filters,
      'all',
      Date.now(),
    ).events;
  };
  const CASES = [
    // "Docking" before "Undocking": a word start in the name before the inside of a word.
    ['dock', /(^|[^a-z0-9])dock/],
    ['soyuz', /(^|[^a-z0-9])soyuz([^a-z0-9]|$)/],
    ['crew-9', /(^|[^a-z0-9])crew-9([^a-z0-9]|$)/],
    ['eva', /(^|[^a-z0-9])eva([^a-z0-9]|$)/],
  ] as const;

  it.skipIf(!present)(`ranks names holding the word as a word first${skipNote}`, () => {
    for (const [text, word] of CASES) {
      const names = search(text).map((event) => event.name.toLowerCase());
      expect(names.length, text).toBeGreaterThan(0);
      expect(names[0], text).toMatch(word);
      // Every name holding the word as a word comes before any that does not.
      const firstOther = names.findIndex((name) => !word.test(name));
      const lastWord = names.findLastIndex((name) => word.test(name));
      if (firstOther >= 0) expect(lastWord, text).toBeLessThan(firstOther);
    }
  });

  it.skipIf(!present)(`puts "Docking" names before "Undocking" ones${skipNote}`, () => {
    const names = search('dock').map((event) => event.name);
    const lastDocking = names.findLastIndex((name) => /\bDocking\b/.test(name));
    const firstUndocking = names.findIndex((name) => /Undocking/.test(name));
    expect(lastDocking).toBeGreaterThanOrEqual(0);
    expect(firstUndocking).toBeGreaterThan(lastDocking);
  });

  it.skipIf(!present)(`breaks ties by the chosen date order${skipNote}`, () => {
    for (const [text, word] of CASES.slice(1)) {
      // A single whole word in the name scores alike: the earliest such event leads.
      for (const ordering of ['date', '-date'] as const) {
        const whole = search(text, ordering).filter((event) => word.test(event.name.toLowerCase()));
        const [first] = search(text, `relevance,${ordering}`);
        expect(first?.id, `${text} ${ordering}`).toBe(whole[0]?.id);
      }
    }
  });
});
