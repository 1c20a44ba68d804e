import { describe, expect, it } from 'vitest';
import { snapshotFolderUrl } from './snapshotLocation.ts';

const APP = 'https://example.github.io/rendezvous/';

describe('snapshotFolderUrl', () => {
  it('resolves a folder relative to the app, or takes an absolute one, always ending in /', () => {
    expect(snapshotFolderUrl(APP, 'snapshot')).toBe(
      'https://example.github.io/rendezvous/snapshot/',
    );
    expect(snapshotFolderUrl(APP, '/data/')).toBe('https://example.github.io/data/');
    expect(snapshotFolderUrl(APP, 'https://cdn.example.net/ll2?x=1#y')).toBe(
      'https://cdn.example.net/ll2/',
    );
  });

  it('is null when the build names none, or names no http(s) URL', () => {
    expect(snapshotFolderUrl(APP, null)).toBeNull();
    expect(snapshotFolderUrl(APP, 'javascript:alert(1)')).toBeNull();
    expect(snapshotFolderUrl(APP, 'ftp://example.net/snapshot')).toBeNull();
  });
});
