import type { LiveFacts } from '../../../domain/live.ts';
import type { VidUrl } from '../../../api/schemas.ts';
import { makeVidUrl } from '../../../api/testing/eventFactory.ts';

/** A past English YouTube replay, with overrides. */
export const makeWebcast = (overrides: Partial<VidUrl> = {}): VidUrl =>
  makeVidUrl({
    title: 'Crew-9 Undocking',
    feature_image: 'https://i.ytimg.com/vi/ORQeJNXM_FA/maxresdefault.jpg',
    url: 'https://www.youtube.com/watch?v=ORQeJNXM_FA',
    start_time: '2026-02-01T10:00:00Z',
    end_time: '2026-02-01T11:00:00Z',
    ...overrides,
  });

/** "Now" for webcast tests: a month after the default replay ended. */
export const WEBCASTS_NOW = Date.parse('2026-03-01T12:00:00Z');
/** An exact-dated event at WEBCASTS_NOW: the event the test webcasts belong to. */
export const WEBCASTS_EVENT: LiveFacts = {
  dateMs: WEBCASTS_NOW,
  datePrecisionId: 1,
  durationMs: null,
  webcastLive: false,
  webcasts: [],
};

/** A second language as LL2 spells it. */
export const RUSSIAN = { id: 2, name: 'Russian', code: 'ru' };
