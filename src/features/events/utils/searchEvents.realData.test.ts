/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventNormal } from '../../../api/schemas.ts';
import { toEventSummary, type EventSummary } from '../../../db/eventSummary.ts';
import { ll2DataDir, ll2DataFile, locateLl2Data } from '../../../testing/ll2Data.ts';
import { NO_FILTERS } from './eventFilters.ts';
import { createEventQuery, sortEvents } from './queryEvents.ts';

/*
 * Relevance on the names Launch Library 2 really writes (the recorded responses live outside the
 * repository). The best match for a word is an event whose name holds it as a word.
 */
const { present, skipNote } = locateLl2Data();

function realEvents(): EventSummary[] {
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
  return [...byId.values()];
}

describe('relevance on real names', () => {
  it.skipIf(!present)(`ranks names holding the word as a word first${skipNote}`, () => {
    const query = createEventQuery(sortEvents(realEvents(), '-date'));
    const names = (search: string) =>
      query({ ...NO_FILTERS, search }, 'all', Date.now()).events.map((e) => e.name.toLowerCase());
    for (const [search, word] of [
      ['dock', /(^|[^a-z0-9])dock/],
      ['soyuz', /(^|[^a-z0-9])soyuz([^a-z0-9]|$)/],
      ['crew-9', /(^|[^a-z0-9])crew-9([^a-z0-9]|$)/],
    ] as const) {
      const found = names(search);
      expect(found.length, search).toBeGreaterThan(0);
      expect(found[0], search).toMatch(word);
      // Every name holding the word as a word comes before any that does not.
      const firstOther = found.findIndex((name) => !word.test(name));
      const lastWord = found.findLastIndex((name) => word.test(name));
      if (firstOther >= 0) expect(lastWord, search).toBeLessThan(firstOther);
    }
  });
});
