import { describe, expect, it } from 'vitest';
import { makeEventSummary } from '../../../db/testing/eventFactories.ts';
import { searchScore, searchTerms } from './searchEvents.ts';

// The relevance score on its own: lower is better, -1 is no match.
const event = (name: string, fields: { location?: string; description?: string } = {}) =>
  makeEventSummary({ id: 1, name, type: { id: 99, name: 'Other' }, ...fields });
const score = (name: string, search: string, fields = {}) =>
  searchScore(event(name, fields), searchTerms(search));

describe('searchScore', () => {
  it('ranks a whole word, then a word start, then the inside of a word in the name', () => {
    const word = score('Progress MS-31 Dock', 'dock');
    const start = score('SpaceX CRS-75 Docking', 'dock');
    const inside = score('Progress MS-79 Undocking', 'dock');
    expect(word).toBe(0);
    expect(word).toBeLessThan(start);
    expect(start).toBeLessThan(inside);
  });

  it('treats hyphens and other punctuation as word edges, and digits as part of a word', () => {
    expect(score('SpaceX Crew-9 Dragon', 'crew-9')).toBe(0);
    expect(score('(Crew-9)', 'crew-9')).toBe(0);
    expect(score('Crew-90 Dragon', 'crew-9')).toBeGreaterThan(0);
    expect(score('Russian EVA 63', 'eva')).toBe(0);
    expect(score('Medevac', 'eva')).toBeGreaterThan(score('Evacuation drill', 'eva'));
  });

  it('ranks any match in the name above the location, and the location above the description', () => {
    const insideName = score('Undocking', 'dock');
    const location = score('Spacewalk', 'dock', { location: 'Docking port, ISS' });
    const description = score('Spacewalk', 'dock', { description: 'Before the docking.' });
    expect(insideName).toBeLessThan(location);
    expect(location).toBeLessThan(description);
  });

  it('ranks more terms found in the name above fewer, before how well each is found', () => {
    const bothInside = score('Undocking of Crewdragon', 'dock crew');
    const oneWord = score('Dock', 'dock crew', { location: 'Crew quarters' });
    const bothWords = score('Crew Dock', 'dock crew');
    expect(bothWords).toBeLessThan(bothInside);
    expect(bothInside).toBeLessThan(oneWord);
  });

  it('is -1 when any term is nowhere, whatever the others score', () => {
    expect(score('Soyuz MS-27 Docking', 'soyuz mars')).toBe(-1);
    expect(score('Soyuz MS-27 Docking', 'soyuz docking')).toBe(0);
  });

  it('keeps its parts apart for long searches', () => {
    // Sixty terms each inside a word of the name still beat one term outside it.
    const many = Array.from({ length: 60 }, () => 'ock').join(' ');
    const inName = score('Undocking', many);
    const outside = score('Undocking', `${many} port`, { location: 'Docking port' });
    expect(inName).toBeLessThan(outside);
  });
});
