import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safeUrl.ts';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('  http://example.org ')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    '/relative/path',
    'not a url',
    '',
    null,
    undefined,
  ])('rejects %s', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
});
