import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_BASE_URL,
  KNOWN_API_SOURCES,
  PRODUCTION_API_BASE_URL,
  SAMPLE_API_BASE_URL,
  resolveApiBaseUrl,
} from './baseUrl.ts';

const ORIGIN = 'http://127.0.0.1:4173';

describe('resolveApiBaseUrl', () => {
  it('keeps a canonical absolute URL as it is', () => {
    expect(resolveApiBaseUrl(PRODUCTION_API_BASE_URL)).toBe(PRODUCTION_API_BASE_URL);
  });

  it('trims spaces and trailing slashes and lowercases the host', () => {
    expect(resolveApiBaseUrl('  HTTPS://LL.TheSpaceDevs.com/2.3.0//  ')).toBe(
      PRODUCTION_API_BASE_URL,
    );
    expect(resolveApiBaseUrl('http://127.0.0.1:4011/')).toBe('http://127.0.0.1:4011');
  });

  it('resolves an origin-relative path against the page origin', () => {
    expect(resolveApiBaseUrl(SAMPLE_API_BASE_URL, ORIGIN)).toBe(`${ORIGIN}/sample-api/2.3.0`);
    expect(resolveApiBaseUrl('/sample-api/2.3.0/', `${ORIGIN}/`)).toBe(
      `${ORIGIN}/sample-api/2.3.0`,
    );
  });

  it.each([
    ['', 'Enter the API URL'],
    ['/sample-api/2.3.0', 'is a path'],
    ['not a url', 'not a valid URL'],
    ['ll.thespacedevs.com/2.3.0', 'not a valid URL'],
    ['ftp://ll.thespacedevs.com/2.3.0', 'https://'],
    ['javascript:alert(1)', 'https://'],
    ['https://ll.thespacedevs.com/2.3.0/?format=json', '“?” or “#”'],
    ['https://user:pw@ll.thespacedevs.com/2.3.0', 'user name or password'],
  ])('refuses %j with a message a person can act on', (raw, message) => {
    expect(() => resolveApiBaseUrl(raw)).toThrow(message);
  });
});

describe('known sources', () => {
  it('lists production, development and the sample data, each resolvable', () => {
    expect(KNOWN_API_SOURCES.map((source) => source.id)).toEqual([
      'production',
      'development',
      'sample',
    ]);
    for (const source of KNOWN_API_SOURCES) {
      expect(source.label).not.toBe('');
      expect(resolveApiBaseUrl(source.url, ORIGIN)).toMatch(/^https?:\/\/.+\/2\.3\.0$/);
    }
  });

  it('defaults to the build setting or production LL2', () => {
    const configured = (import.meta.env as Record<string, unknown>).VITE_LL2_API_URL;
    expect(DEFAULT_API_BASE_URL).toBe(
      typeof configured === 'string' && configured !== '' ? configured : PRODUCTION_API_BASE_URL,
    );
  });
});
