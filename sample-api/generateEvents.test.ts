import { describe, expect, it } from 'vitest';
import { generateEvents } from './generateEvents.ts';
import { SELF_ORIGIN, type StoredEvent } from './types.ts';

const NOW = Date.parse('2026-11-26T08:00:00Z');
const events = generateEvents({ size: 1100, seed: 42, nowMs: NOW, hostile: false });
const webcasts = events.flatMap((event) => event.vid_urls);

function imageUrls(event: StoredEvent): string[] {
  const urls: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string' && /image|thumbnail|profile/.test(key)) urls.push(value);
    else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (typeof value === 'object' && value !== null)
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  visit(event, '');
  return urls;
}

describe('generateEvents', () => {
  it('is deterministic for a seed and now, and differs for another seed', () => {
    expect(generateEvents({ size: 1100, seed: 42, nowMs: NOW, hostile: false })).toEqual(events);
    const other = generateEvents({ size: 1100, seed: 43, nowMs: NOW, hostile: false });
    expect(other.map((event) => event.name)).not.toEqual(events.map((event) => event.name));
  });

  it('has the requested size, unique ids and slugs of at most 50 characters', () => {
    expect(events).toHaveLength(1100);
    expect(new Set(events.map((event) => event.id)).size).toBe(1100);
    expect(
      events.every((event) => event.slug.length <= 50 && /^[-a-z0-9_]+$/.test(event.slug)),
    ).toBe(true);
    expect(events.some((event) => event.slug.length === 50)).toBe(true);
  });

  it('covers every event type and every date precision, including null', () => {
    expect(new Set(events.map((event) => event.type.id))).toEqual(
      new Set(Array.from({ length: 28 }, (_, i) => i + 1)),
    );
    const precisions = new Set(events.map((event) => event.date_precision?.id ?? null));
    for (let id = 0; id <= 16; id++) expect(precisions.has(id)).toBe(true);
    expect(precisions.has(null)).toBe(true);
  });

  it('has the nullable fields and quirks clients must handle', () => {
    expect(events.some((event) => event.image === null)).toBe(true);
    expect(events.some((event) => event.duration === null)).toBe(true);
    expect(events.some((event) => event.date === null)).toBe(true);
    expect(
      events.every(
        (event) =>
          event.duration === null || /^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/.test(event.duration),
      ),
    ).toBe(true);
    const unsorted = events.some((event) =>
      event.updates.some(
        (update, i) => i > 0 && update.created_on < (event.updates[i - 1]?.created_on ?? ''),
      ),
    );
    expect(unsorted).toBe(true);
    expect(webcasts.some((webcast) => webcast.start_time === null)).toBe(true);
    expect(webcasts.some((webcast) => webcast.publisher === null)).toBe(true);
  });

  it('has upcoming dockings and webcasts live now', () => {
    expect(
      events.filter(
        (event) => event.type.id === 2 && event.date !== null && Date.parse(event.date) > NOW,
      ).length,
    ).toBeGreaterThan(3);
    const live = events.filter((event) => event.webcast_live);
    expect(live.length).toBeGreaterThanOrEqual(3);
    for (const event of live) {
      const liveCast = event.vid_urls.find((webcast) => webcast.live);
      expect(Date.parse(liveCast?.start_time ?? '')).toBeLessThanOrEqual(NOW);
      expect(Date.parse(liveCast?.end_time ?? '')).toBeGreaterThanOrEqual(NOW);
    }
    expect(
      events.every(
        (event) => event.webcast_live === event.vid_urls.some((webcast) => webcast.live),
      ),
    ).toBe(true);
  });

  it('has webcasts on YouTube in every URL form and on other hosts, in several languages', () => {
    const urls = webcasts.map((webcast) => webcast.url);
    expect(urls.some((url) => url.startsWith('https://www.youtube.com/watch?v='))).toBe(true);
    expect(urls.some((url) => url.startsWith('https://youtu.be/'))).toBe(true);
    expect(urls.some((url) => url.startsWith('https://www.youtube.com/live/'))).toBe(true);
    expect(urls.some((url) => url.startsWith('https://www.youtube.com/embed/'))).toBe(true);
    expect(urls.some((url) => /[?&]t=\d+/.test(url))).toBe(true);
    const sources = new Set(webcasts.map((webcast) => webcast.source));
    for (const host of ['youtube.com', 'plus.nasa.gov', 'x.com', 'bilibili.com'])
      expect(sources.has(host)).toBe(true);
    const languages = new Set(webcasts.map((webcast) => webcast.language?.code));
    for (const code of ['en', 'ru', 'es', 'zh', 'fr', 'ja']) expect(languages.has(code)).toBe(true);
  });

  it('ties a mission arc together by program and station', () => {
    const arc = events.filter((event) => /^Soyuz MS-\d+ /.test(event.name));
    const mission = arc[0]?.name.split(' ').slice(0, 2).join(' ') ?? '';
    const steps = arc
      .filter((event) => event.name.startsWith(`${mission} `))
      .map((event) => event.type.id);
    expect(steps).toEqual(expect.arrayContaining([24, 2, 8, 9]));
    expect(
      arc.every(
        (event) =>
          event.program.some((program) => program.id === 17) && event.spacestations[0]?.id === 4,
      ),
    ).toBe(true);
  });

  it('serves every image from the sample server itself', () => {
    const urls = events.flatMap(imageUrls);
    expect(urls.length).toBeGreaterThan(1000);
    expect(urls.every((url) => url.startsWith(`${SELF_ORIGIN}/__media/`))).toBe(true);
  });

  it('keeps last_updated in the past', () => {
    expect(events.every((event) => Date.parse(event.last_updated) < NOW)).toBe(true);
  });

  it('adds hostile events on request', () => {
    const hostile = generateEvents({ size: 100, seed: 1, nowMs: NOW, hostile: true });
    expect(hostile).toHaveLength(103);
    const payloads = hostile.slice(100);
    expect(payloads.some((event) => event.name.includes('<script>'))).toBe(true);
    expect(
      payloads.every((event) => event.vid_urls.every((webcast) => !webcast.url.startsWith('http'))),
    ).toBe(true);
    expect(
      payloads.every((event) =>
        event.updates.some((update) => update.comment?.includes('javascript:')),
      ),
    ).toBe(true);
  });

  it('generates 100,000 events', () => {
    const large = generateEvents({ size: 100_000, seed: 5, nowMs: NOW, hostile: false });
    expect(large).toHaveLength(100_000);
    expect(new Set(large.map((event) => event.id)).size).toBe(100_000);
  });
});
