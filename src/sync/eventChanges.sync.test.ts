import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRecentChanges } from '../db/eventChangeStore.ts';
import { loadEventChanges } from '../db/eventChangeStore.ts';
import { SourceDatabase } from '../db/sourceDatabase.ts';
import { sampleServerPerTest, syncUnmetered } from './testing/sampleSyncHarness.ts';

const DAY = 86_400_000;

const sample = sampleServerPerTest({ size: 150, randomValues: [0.25, 0.75] });
let db: SourceDatabase;

beforeEach(() => {
  db = new SourceDatabase(sample.server.baseUrl);
});

afterEach(async () => {
  await db.delete();
});

function sync() {
  return syncUnmetered(sample, db);
}

describe('change history over a real delta sync', () => {
  it('records nothing while mirroring, then the edits the next sync brings', async () => {
    expect((await sync()).status).toBe('up-to-date');
    expect(await db.eventChanges.count()).toBe(0);

    const target = sample.server.data.events().find((event) => event.date !== null);
    if (!target?.date) throw new Error('no dated event in the sample data');
    sample.clock.advance(10 * 60_000);
    sample.server.data.edit(target.id, {
      date: new Date(Date.parse(target.date) + 2 * DAY).toISOString(),
      description: 'Moved by two days.',
    });
    sample.clock.advance(60_000);
    expect((await sync()).status).toBe('up-to-date');

    const changes = await loadEventChanges(db, target.id);
    expect(changes.map(({ kind }) => kind)).toEqual(['date', 'description']);
    expect(changes[0]).toMatchObject({ deltaMs: 2 * DAY, detectedAtMs: sample.clock.now() });
    expect(await loadRecentChanges(db, 100)).toHaveLength(2);

    // The next sync sees the same version again (the cursor boundary is inclusive): no new record.
    sample.clock.advance(60_000);
    await sync();
    expect(await db.eventChanges.count()).toBe(2);
  });
});
