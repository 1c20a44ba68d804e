import { describe, expect, it } from 'vitest';
import { appBasePath, appBaseUrl, appPath, normalizeAppBase, routerBasename } from './appBase.ts';

describe('the app base', () => {
  it('is the build’s base, / in the tests as in the default build', () => {
    expect(appBasePath()).toBe('/');
    expect(routerBasename()).toBe('/');
    expect(appPath('/events/upcoming')).toBe('/events/upcoming');
    expect(appBaseUrl('https://example.org')).toBe('https://example.org/');
  });

  it('puts every path under a sub-path base', () => {
    const base = '/rendezvous/';
    expect(routerBasename(base)).toBe('/rendezvous');
    expect(appPath('/events/upcoming', base)).toBe('/rendezvous/events/upcoming');
    expect(appPath('icons/icon-192.png', base)).toBe('/rendezvous/icons/icon-192.png');
    expect(appBaseUrl('https://example.org', base)).toBe('https://example.org/rendezvous/');
  });

  it('takes a base without its last slash, and treats a relative one as /', () => {
    expect(normalizeAppBase('/a/b')).toBe('/a/b/');
    expect(normalizeAppBase('./')).toBe('/');
    expect(normalizeAppBase(undefined)).toBe('/');
    expect(normalizeAppBase('')).toBe('/');
  });
});
