import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SettingsDatabase,
  readSettings,
  updateSettings,
  watchSettings,
} from './settings.ts';

const databases: SettingsDatabase[] = [];
function openDb() {
  const db = new SettingsDatabase();
  databases.push(db);
  return db;
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

describe('settings', () => {
  it('reads the defaults before anything is saved', async () => {
    expect(await readSettings(openDb())).toEqual(DEFAULT_SETTINGS);
  });

  it('merges changes and keeps the token on the device database', async () => {
    const db = openDb();
    await updateSettings({ apiUrl: '/sample-api/2.3.0' }, db);
    await updateSettings({ apiToken: '  secret  ', webcastLanguage: 'es' }, db);
    expect(await readSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      apiUrl: '/sample-api/2.3.0',
      apiToken: 'secret',
      webcastLanguage: 'es',
    });
    await updateSettings({ apiToken: '' }, db);
    expect((await readSettings(db)).apiToken).toBeNull();
  });

  it('reads unknown or damaged values as defaults', async () => {
    const db = openDb();
    await db.settings.put({
      key: 'device',
      theme: 'neon' as 'dark',
      timeZone: 'mars' as 'utc',
      apiUrl: 42 as unknown as string,
    });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes from another connection', async () => {
    const here = openDb();
    const other = openDb();
    const seen: (string | null)[] = [];
    const changed = new Promise<void>((resolve) => {
      const stop = watchSettings(
        (settings) => {
          seen.push(settings.webcastLanguage);
          if (settings.webcastLanguage === 'fr') {
            stop();
            resolve();
          }
        },
        () => undefined,
        here,
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await updateSettings({ webcastLanguage: 'fr' }, other);
    await changed;
    expect(seen).toEqual([null, 'fr']);
  });
});
