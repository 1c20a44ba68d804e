import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { closeSourceDatabase, openSourceDatabase, type SourceDatabase } from '../sourceDatabase.ts';

/**
 * Gives every test of the file a fresh database for `apiBaseUrl`: opened before each test; after
 * it, whatever was rendered is unmounted first (so nothing reads a closed database), then the
 * database is closed and deleted. Read `.db` inside a test or hook, not at the top of the file.
 */
export function sourceDatabasePerTest(apiBaseUrl: string): { readonly db: SourceDatabase } {
  let current: SourceDatabase | null = null;
  beforeEach(() => {
    current = openSourceDatabase(apiBaseUrl);
  });
  afterEach(async () => {
    cleanup();
    if (current === null) return;
    const db = current;
    current = null;
    closeSourceDatabase(db);
    await db.delete();
  });
  return {
    get db() {
      if (current === null) throw new Error('The source database is open only during a test.');
      return current;
    },
  };
}
