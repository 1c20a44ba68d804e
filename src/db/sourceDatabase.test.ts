import { describe, expect, it } from 'vitest';
import { makeLaunch, makeMinimalEvent } from '../api/testing/eventFactory.ts';
import { toEventSummary } from './eventSummary.ts';
import { olderSourceDatabase } from './testing/olderSourceDatabase.ts';
import {
  SourceDatabase,
  closeSourceDatabase,
  openSourceDatabase,
  sourceDatabaseName,
  watchDatabaseReplaced,
} from './sourceDatabase.ts';

describe('source databases', () => {
  it('keeps one database per source, named after its normalised URL', () => {
    expect(sourceDatabaseName('https://ll.thespacedevs.com/2.3.0/')).toBe(
      'rendezvous-source:https://ll.thespacedevs.com/2.3.0',
    );
    const a = openSourceDatabase('https://a.test/2.3.0');
    expect(openSourceDatabase('https://a.test/2.3.0')).toBe(a);
    expect(openSourceDatabase('https://b.test/2.3.0')).not.toBe(a);
    closeSourceDatabase(a);
    expect(openSourceDatabase('https://a.test/2.3.0')).not.toBe(a);
  });

  it('asks for a reload when another tab deletes or upgrades the database', async () => {
    const url = 'https://replaced.test/2.3.0';
    const here = new SourceDatabase(url);
    await here.open();
    const reasons: string[] = [];
    const stop = watchDatabaseReplaced(here, (reason) => {
      reasons.push(reason);
    });

    await new SourceDatabase(url).delete();

    expect(reasons).toEqual(['replaced']);
    stop();
  });

  it('says so, instead of waiting silently, when an older tab blocks the upgrade', async () => {
    const url = 'https://blocked.test/2.3.0';
    // An older version of the app (schema version 1, which Dexie stores as 10) that keeps its
    // connection open and ignores requests to close it.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(sourceDatabaseName(url), 10);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('events', { keyPath: 'id' });
        db.createObjectStore('eventSummaries', { keyPath: 'id' }).createIndex('dateMs', 'dateMs');
        db.createObjectStore('syncState', { keyPath: 'key' });
        const changes = db.createObjectStore('eventChanges', {
          keyPath: 'seq',
          autoIncrement: true,
        });
        changes.createIndex('eventId', 'eventId');
        changes.createIndex('detectedAtMs', 'detectedAtMs');
      };
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    older.onversionchange = null;

    const here = new SourceDatabase(url);
    const reason = new Promise<string>((resolve) => {
      watchDatabaseReplaced(here, resolve);
    });
    const opening = here.open();

    await expect(reason).resolves.toBe('blocked');
    // Once the older tab lets go, the upgrade goes on and keeps working.
    older.close();
    await opening;
    expect(here.verno).toBe(5);
    here.close();
  });

  it('rebuilds the summaries from the stored events when a version-2 database is opened', async () => {
    const url = 'https://upgraded.test/2.3.0';
    const event = makeMinimalEvent({ id: 5, launches: [makeLaunch('abc', 'Soyuz 2.1a | MS-30')] });
    // The version-2 app stored summaries without `launches`.
    const older = olderSourceDatabase(url, 2);
    const { launches: _dropped, ...oldSummary } = toEventSummary(event);
    await older.table('events').put(event);
    await older.table('eventSummaries').put(oldSummary);
    older.close();

    const here = new SourceDatabase(url);
    const summary = await here.eventSummaries.get(5);
    expect(summary?.launches).toEqual([{ id: 'abc', name: 'Soyuz 2.1a | MS-30' }]);
    expect(await here.events.get(5)).toEqual(event);
    here.close();
  });

  it('adds the empty news tables when a version-3 database is opened, keeping everything else', async () => {
    const url = 'https://news-upgraded.test/2.3.0';
    const event = makeMinimalEvent({ id: 7, launches: [makeLaunch('def', 'Falcon 9 | Crew-12')] });
    const summary = toEventSummary(event);
    // The version-3 app: summaries with `launches`, the person's own rows, no news tables.
    const older = olderSourceDatabase(url, 3);
    const progress = { key: 'sync', cursor: null, lastSuccessAt: 1 };
    await older.table('events').put(event);
    await older.table('eventSummaries').put(summary);
    await older.table('syncState').put(progress);
    await older.table('watchlist').put({ eventId: 7, addedAtMs: 2 });
    older.close();

    const here = new SourceDatabase(url);
    await here.open();
    expect(here.verno).toBe(5);
    expect(await here.events.get(7)).toEqual(event);
    expect(await here.eventSummaries.get(7)).toEqual(summary);
    expect(await here.syncState.get('sync')).toEqual(progress);
    expect(await here.watchlist.get(7)).toEqual({ eventId: 7, addedAtMs: 2 });
    expect(await here.articles.count()).toBe(0);
    expect(await here.newsFetches.count()).toBe(0);
    expect(await here.newsBudget.count()).toBe(0);
    // The new tables and the multi-entry index work at once.
    await here.articles.put({
      kind: 'article',
      id: 1,
      title: 'Crew-12 docks',
      url: 'https://news.test/1',
      imageUrl: null,
      newsSite: 'Test',
      summary: '',
      publishedAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      eventIds: [7, 8],
    });
    expect(await here.articles.where('eventIds').equals(8).count()).toBe(1);
    here.close();
  });

  it('indexes the summaries by launch when a version-4 database is opened, keeping everything else', async () => {
    const url = 'https://launch-index.test/2.3.0';
    const docking = makeMinimalEvent({ id: 8, launches: [makeLaunch('ms26', 'Soyuz MS-26')] });
    const landing = makeMinimalEvent({
      id: 9,
      launches: [makeLaunch('ms26', 'Soyuz MS-26'), makeLaunch('ms25', 'Soyuz MS-25')],
    });
    const alone = makeMinimalEvent({ id: 10, launches: [] });
    // The version-4 app: summaries with `launches` but no `launchIds`, and no index on them.
    const older = olderSourceDatabase(url, 4);
    for (const event of [docking, landing, alone]) {
      const { launchIds: _new, ...oldSummary } = toEventSummary(event);
      await older.table('events').put(event);
      await older.table('eventSummaries').put(oldSummary);
    }
    await older.table('watchlist').put({ eventId: 8, addedAtMs: 3 });
    older.close();

    const here = new SourceDatabase(url);
    await here.open();
    expect(here.verno).toBe(5);
    expect(await here.eventSummaries.get(9)).toEqual(toEventSummary(landing));
    expect((await here.eventSummaries.get(10))?.launchIds).toEqual([]);
    expect(await here.events.get(8)).toEqual(docking);
    expect(await here.watchlist.get(8)).toEqual({ eventId: 8, addedAtMs: 3 });
    const ms26 = await here.eventSummaries.where('launchIds').equals('ms26').primaryKeys();
    expect(ms26.sort()).toEqual([8, 9]);
    expect(await here.eventSummaries.where('launchIds').equals('ms25').primaryKeys()).toEqual([9]);
    here.close();
  });
});
