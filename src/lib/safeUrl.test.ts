import { describe, expect, it } from 'vitest';
import { hostOf, safeHttpUrl } from './safeUrl.ts';

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

describe('hostOf', () => {
  it('names the host and port, or repeats what cannot be parsed', () => {
    expect(hostOf('http://127.0.0.1:4011/2.3.0')).toBe('127.0.0.1:4011');
    expect(hostOf('https://ll.thespacedevs.com/2.3.0/events/?limit=1')).toBe('ll.thespacedevs.com');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
