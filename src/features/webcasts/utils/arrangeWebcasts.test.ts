import { describe, expect, it } from 'vitest';
import { makeWebcast, RUSSIAN, WEBCASTS_EVENT, WEBCASTS_NOW } from '../testing/webcastFactory.ts';
import { arrangeWebcasts, normaliseLanguageCode } from './arrangeWebcasts.ts';

const JAPANESE = { id: 3, name: 'Japanese', code: 'jp' };

const titles = (groups: ReturnType<typeof arrangeWebcasts>['groups']) =>
  groups.map((group) => [group.languageName, group.webcasts.map((webcast) => webcast.title)]);

describe('arrangeWebcasts', () => {
  it('groups by language in priority order', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'EN 12', priority: 12, url: 'https://a.example/1' }),
        makeWebcast({ title: 'RU 9', priority: 9, language: RUSSIAN, url: 'https://a.example/2' }),
        makeWebcast({ title: 'EN 10', priority: 10, url: 'https://a.example/3' }),
        makeWebcast({ title: 'EN 11', priority: 11, url: 'https://a.example/4' }),
      ],
      { preferredLanguage: null, event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(titles(arranged.groups)).toEqual([
      ['Russian', ['RU 9']],
      ['English', ['EN 10', 'EN 11', 'EN 12']],
    ]);
    expect(arranged.preferred?.title).toBe('RU 9');
  });

  it('offers the preferred language first, even above a better priority or a live stream', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'EN live', priority: 9, live: true, url: 'https://a.example/1' }),
        makeWebcast({
          title: 'RU 11',
          priority: 11,
          language: RUSSIAN,
          url: 'https://a.example/2',
        }),
        makeWebcast({
          title: 'RU 10',
          priority: 10,
          language: RUSSIAN,
          url: 'https://a.example/3',
        }),
      ],
      { preferredLanguage: 'ru', event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(arranged.preferred?.title).toBe('RU 10');
    expect(titles(arranged.groups)).toEqual([
      ['Russian', ['RU 10', 'RU 11']],
      ['English', ['EN live']],
    ]);
  });

  it('prefers a live webcast over priority within the preferred language', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'EN 9', priority: 9, url: 'https://a.example/1' }),
        makeWebcast({
          title: 'EN running',
          priority: 12,
          start_time: '2026-03-01T11:30:00Z',
          end_time: '2026-03-01T13:00:00Z',
          url: 'https://a.example/2',
        }),
        makeWebcast({ title: 'EN 10', priority: 10, url: 'https://a.example/3' }),
      ],
      { preferredLanguage: 'en', event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(arranged.preferred?.title).toBe('EN running');
    expect(titles(arranged.groups)).toEqual([['English', ['EN running', 'EN 9', 'EN 10']]]);
  });

  it('falls back to live, then priority, when no webcast is in the preferred language', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'EN 9', priority: 9, url: 'https://a.example/1' }),
        makeWebcast({
          title: 'RU live',
          priority: 14,
          live: true,
          language: RUSSIAN,
          url: 'https://a.example/2',
        }),
      ],
      { preferredLanguage: 'de', event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(arranged.preferred?.title).toBe('RU live');
    expect(titles(arranged.groups)[0]).toEqual(['Russian', ['RU live']]);
  });

  it('matches LL2 "jp" against the ISO code "ja"', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'EN', priority: 9, url: 'https://a.example/1' }),
        makeWebcast({ title: 'JA', priority: 10, language: JAPANESE, url: 'https://a.example/2' }),
      ],
      { preferredLanguage: 'ja', event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(arranged.preferred?.title).toBe('JA');
  });

  it('keeps ties in the API order, shows a repeated URL once and names a missing language', () => {
    const arranged = arrangeWebcasts(
      [
        makeWebcast({ title: 'first', url: 'https://a.example/1' }),
        makeWebcast({ title: 'second', url: 'https://a.example/2' }),
        makeWebcast({ title: 'first again', url: 'https://a.example/1' }),
        makeWebcast({ title: 'nowhere', language: null, priority: 20, url: 'https://a.example/3' }),
      ],
      { preferredLanguage: null, event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW },
    );
    expect(titles(arranged.groups)).toEqual([
      ['English', ['first', 'second']],
      ['Language not given', ['nowhere']],
    ]);
  });

  it('returns nothing to offer for an event without webcasts', () => {
    expect(
      arrangeWebcasts([], { preferredLanguage: 'en', event: WEBCASTS_EVENT, nowMs: WEBCASTS_NOW }),
    ).toEqual({
      preferred: undefined,
      groups: [],
    });
  });
});

describe('normaliseLanguageCode', () => {
  it('lowercases, trims and maps LL2 aliases', () => {
    expect(normaliseLanguageCode(' EN ')).toBe('en');
    expect(normaliseLanguageCode('jp')).toBe('ja');
    expect(normaliseLanguageCode('')).toBeNull();
    expect(normaliseLanguageCode(null)).toBeNull();
  });
});
