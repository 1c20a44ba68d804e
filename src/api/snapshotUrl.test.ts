import { describe, expect, it } from 'vitest';
import { resolveSnapshotFolder } from './snapshotUrl.ts';

describe('resolveSnapshotFolder', () => {
  it('resolves a relative folder against the app base, sub-path included', () => {
    expect(resolveSnapshotFolder('snapshot/', 'https://example.org/')).toBe(
      'https://example.org/snapshot/',
    );
    expect(resolveSnapshotFolder('snapshot', 'https://example.org/rendezvous/')).toBe(
      'https://example.org/rendezvous/snapshot/',
    );
    expect(resolveSnapshotFolder('/data/snap', 'https://example.org/rendezvous/')).toBe(
      'https://example.org/data/snap/',
    );
  });

  it('takes an absolute URL, of the folder or of its manifest', () => {
    expect(resolveSnapshotFolder('https://cdn.example.net/s/manifest.json', 'https://a.org/')).toBe(
      'https://cdn.example.net/s/',
    );
    expect(resolveSnapshotFolder(' https://cdn.example.net/s?x=1#y ', 'https://a.org/')).toBe(
      'https://cdn.example.net/s/',
    );
  });

  it('refuses what is not http(s) or carries credentials', () => {
    expect(resolveSnapshotFolder('javascript:alert(1)', 'https://a.org/')).toBeNull();
    expect(resolveSnapshotFolder('ftp://a.org/s/', 'https://a.org/')).toBeNull();
    expect(resolveSnapshotFolder('https://u:p@a.org/s/', 'https://a.org/')).toBeNull();
  });
});
