import { describe, expect, it } from 'vitest';
import {
  SourceDatabase,
  closeSourceDatabase,
  openSourceDatabase,
  sourceDatabaseName,
  watchDatabaseReplaced,
} from './sourceDatabase';

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
    expect(here.verno).toBe(3);
    here.close();
  });
});
