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
    let replaced = false;
    const stop = watchDatabaseReplaced(here, () => {
      replaced = true;
    });

    await new SourceDatabase(url).delete();

    expect(replaced).toBe(true);
    stop();
  });
});
