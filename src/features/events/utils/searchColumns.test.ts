import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { realEventSummaries } from '../../../db/testing/realEventSummaries.ts';
import type { EventSummary } from '../../../db/eventSummary.ts';
import { locateLl2Data } from '../../../testing/ll2Data.ts';
import { makeAgency, makeProgram } from '../../../api/testing/eventFactory.ts';
import {
  NOT_FOUND,
  matchAll,
  prepareSearchColumns,
  rankTerm,
  searchColumnsOf,
} from './searchColumns.ts';
import { searchScore, termRank } from './searchEvents.ts';

/** What the per-event search says: each event's rank of `term`, NOT_FOUND where it is absent. */
const ranksOneByOne = (events: readonly EventSummary[], term: string) =>
  events.map((event) => {
    const rank = termRank(event.search, term);
    return rank < 0 ? NOT_FOUND : rank;
  });

// A small alphabet makes matches, word edges (space, hyphen, digit, beyond ASCII) and repeats common.
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', ' ', '-', '9', 'é', '.'),
  maxLength: 14,
});
const term = fc.string({
  unit: fc.constantFrom('a', 'b', 'c', '-', '9', 'é', '.'),
  minLength: 1,
  maxLength: 3,
});
const event = fc.record({
  name: text,
  location: text,
  description: text,
  agencies: fc.array(text, { maxLength: 2 }),
  programs: fc.array(text, { maxLength: 2 }),
});
type Draft = typeof event extends fc.Arbitrary<infer T> ? T : never;
const summariesOf = (drafts: Draft[]) =>
  drafts.map((draft, i) =>
    makeEventSummary({
      id: i + 1,
      name: draft.name,
      location: draft.location,
      description: draft.description,
      agencies: draft.agencies.map((name, k) => makeAgency({ id: k + 1, name })),
      program: draft.programs.map((name, k) => makeProgram({ id: k + 1, name })),
    }),
  );

describe('search columns', () => {
  it('rank every term where the per-event search does', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), term, (drafts, searched) => {
        const events = summariesOf(drafts);
        const ranks = rankTerm(searchColumnsOf(events), searched);
        expect([...ranks]).toEqual(ranksOneByOne(events, searched));
      }),
      { numRuns: 400 },
    );
  });

  it('match and score several terms as searchScore does, among candidates too', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 12 }),
        fc.array(term, { minLength: 1, maxLength: 3 }),
        (drafts, terms) => {
          const events = summariesOf(drafts);
          const columns = searchColumnsOf(events);
          const expected = events
            .map((e, position) => ({ position, score: searchScore(e, terms) }))
            .filter(({ score }) => score >= 0);
          const all = matchAll(
            terms.map((t) => rankTerm(columns, t)),
            events.length,
            null,
          );
          expect([...all.positions]).toEqual(expected.map((m) => m.position));
          expect([...all.scores]).toEqual(expected.map((m) => m.score));
          // Among every other event only.
          const candidates = Int32Array.from(events.keys()).filter((p) => p % 2 === 0);
          const some = matchAll(
            terms.map((t) => rankTerm(columns, t)),
            events.length,
            candidates,
          );
          expect([...some.positions]).toEqual(
            expected.filter((m) => m.position % 2 === 0).map((m) => m.position),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a whole word in the name at its best occurrence, after a worse one', () => {
    const events = [
      makeEventSummary({ id: 1, name: 'Undocking and docking' }),
      makeEventSummary({ id: 2, name: 'Redocking' }),
      makeEventSummary({ id: 3, name: 'Cargo', description: 'Docking soon' }),
    ];
    expect([...rankTerm(searchColumnsOf(events), 'docking')]).toEqual(
      ranksOneByOne(events, 'docking'),
    );
  });

  it('lays out every field ahead of time, and stops when asked', async () => {
    const events = [makeEventSummary({ id: 1, name: 'Soyuz MS-29 docking' })];
    const columns = searchColumnsOf(events);
    await prepareSearchColumns(columns, new AbortController().signal);
    expect([...rankTerm(columns, 'soyuz')]).toEqual([0]);
    const stopped = new AbortController();
    stopped.abort();
    await expect(prepareSearchColumns(searchColumnsOf(events), stopped.signal)).resolves.toBe(
      undefined,
    );
  });

  const { present, skipNote } = locateLl2Data();
  it.skipIf(!present)(`rank real names and texts as the per-event search does${skipNote}`, () => {
    const events = realEventSummaries();
    const columns = searchColumnsOf(events);
    for (const searched of ['dock', 'soyuz', 'crew-9', 'eva', 's', 'iss', '–', 'ã']) {
      expect([...rankTerm(columns, searched)], searched).toEqual(ranksOneByOne(events, searched));
    }
  });
});
