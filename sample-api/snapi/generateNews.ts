import { createRandom, type Random } from '../random.ts';
import { mediaUrl } from '../media.ts';
import { isoInstant } from '../textFormats.ts';
import type { StoredEvent } from '../types.ts';

/**
 * Spaceflight News API v4 items the stand-in serves, generated from the sample server's events.
 * Each event's items are drawn from a random seeded by the data set's seed and the event's id, so
 * the same events always get the same news, and an edit to one event changes no other's.
 */
export type NewsKind = 'article' | 'blog' | 'report';

export interface NewsItem {
  kind: NewsKind;
  id: number;
  title: string;
  url: string;
  image_url: string | null;
  news_site: string;
  summary: string;
  published_at: string;
  updated_at: string;
  featured: boolean;
  authors: { name: string; socials: null }[];
  launches: { launch_id: string; provider: string }[];
  events: { event_id: number; provider: string }[];
}

/** A record exactly as sent, for the hostile set's deliberately broken one. */
export type ServedNewsItem = NewsItem | (Record<string, unknown> & { kind: NewsKind });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const SITES = [
  { name: 'SpaceNews', host: 'spacenews.example' },
  { name: 'NASASpaceflight', host: 'nasaspaceflight.example' },
  { name: 'Spaceflight Now', host: 'spaceflightnow.example' },
  { name: 'ESA', host: 'esa.example' },
  { name: 'Orbital Index', host: 'orbitalindex.example' },
  { name: 'Teslarati', host: 'teslarati.example' },
];
const HEADLINES = [
  (name: string) => `${name}: what to expect`,
  (name: string) => `Crews prepare for ${name}`,
  (name: string) => `${name} goes ahead after weather review`,
  (name: string) => `Live coverage: ${name}`,
  (name: string) => `Mission managers clear ${name}`,
  (name: string) => `${name} — a look back`,
  (name: string) => `Why ${name} matters`,
];
const SUMMARIES = [
  'Teams completed their final readiness review and the timeline holds.',
  'Controllers walked through the procedures one more time; the weather looks favourable.',
  'The crew rehearsed the steps in the simulator and reported no open issues.',
  'Engineers traced a sensor reading to a ground system and cleared it.',
  'The event is expected to last several hours and will be streamed live.',
];
const AUTHORS = ['Jeff Foust', 'Chris Bergin', 'Stephen Clark', 'Ana Ribeiro', 'Mei Tanaka'];

function newsFor(
  event: StoredEvent,
  random: Random,
  nowMs: number,
  kinds: NewsKind[],
): Omit<NewsItem, 'id'>[] {
  if (event.date === null) return [];
  const eventMs = Date.parse(event.date);
  // Nothing is written about events far in the future yet.
  if (eventMs - nowMs > 45 * DAY) return [];
  const items: Omit<NewsItem, 'id'>[] = [];
  for (const kind of kinds) {
    const count =
      kind === 'article'
        ? random.int(0, 7)
        : kind === 'blog'
          ? random.int(0, 2)
          : random.int(0, 1) * random.int(0, 1);
    for (let n = 0; n < count; n++) {
      const site = random.pick(SITES);
      const publishedMs = Math.min(
        nowMs - HOUR,
        eventMs + random.int(-20 * 24, 3 * 24) * HOUR + random.int(0, 59) * 60_000,
      );
      const headline = random.pick(HEADLINES)(event.name);
      const slug = headline
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const mediaName = `news-${event.id}-${kind}-${n}`;
      items.push({
        kind,
        title: headline,
        url: `https://${site.host}/${new Date(publishedMs).getUTCFullYear()}/${slug}`,
        image_url: random.chance(0.8) ? mediaUrl(mediaName, true) : null,
        news_site: site.name,
        summary: random.pick(SUMMARIES),
        published_at: isoInstant(publishedMs),
        updated_at: isoInstant(publishedMs + random.int(0, 6) * HOUR),
        featured: random.chance(0.1),
        authors: [{ name: random.pick(AUTHORS), socials: null }],
        launches: event.launches.map((launch) => ({
          launch_id: launch.id,
          provider: 'Launch Library 2',
        })),
        events: [{ event_id: event.id, provider: 'Launch Library 2' }],
      });
    }
  }
  return items;
}

/** Text and links that must stay inert: HTML, script, `javascript:` and `data:` URLs. */
function hostileNewsFor(event: StoredEvent, nowMs: number): ServedNewsItem[] {
  const base = {
    news_site: '<b>Evil</b> News',
    featured: false,
    authors: [{ name: '<script>alert("author")</script>', socials: null }],
    launches: [],
    events: [{ event_id: event.id, provider: 'Launch Library 2' }],
  };
  const at = (hours: number) => isoInstant(nowMs - hours * HOUR);
  return [
    {
      ...base,
      kind: 'article',
      title: '<img src=x onerror="alert(1)">Hostile <script>alert("title")</script> headline',
      url: 'javascript:alert(document.domain)',
      image_url: 'javascript:alert("image")',
      summary:
        '<b>Bold</b> claims <script>alert("summary")</script><a href="javascript:alert(2)">click</a>',
      published_at: at(2),
      updated_at: at(2),
    },
    {
      ...base,
      kind: 'article',
      title: 'A data: link <iframe src="data:text/html,<script>alert(3)</script>"></iframe>',
      url: 'data:text/html,<script>alert(4)</script>',
      image_url: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(5)"/>',
      summary: '"><svg onload=alert(6)>',
      published_at: at(3),
      updated_at: at(3),
    },
    // Broken on purpose: no title and an unreadable date. A client drops it and counts it.
    {
      kind: 'article',
      id: 999_999,
      url: 'https://broken.example/',
      published_at: 'soon',
      events: base.events,
    },
  ];
}

/** The event the hostile items are about: the first dated one within a month of now, else the first. */
export function hostileNewsEvent(
  events: readonly StoredEvent[],
  nowMs: number,
): StoredEvent | undefined {
  return (
    events.find(
      (event) => event.date !== null && Math.abs(Date.parse(event.date) - nowMs) < 30 * DAY,
    ) ?? events[0]
  );
}

/** Every item, in event-id order; ids are numbered per kind from 1, as SNAPI numbers each collection. */
export function generateNews(
  events: readonly StoredEvent[],
  options: { seed: number; nowMs: number; hostile: boolean },
): ServedNewsItem[] {
  const nextId: Record<NewsKind, number> = { article: 1, blog: 1, report: 1 };
  const items: ServedNewsItem[] = [];
  for (const event of events) {
    const random = createRandom((options.seed ^ Math.imul(event.id, 2_654_435_761)) >>> 0);
    for (const item of newsFor(event, random, options.nowMs, ['article', 'blog', 'report'])) {
      items.push({ ...item, id: nextId[item.kind]++ });
    }
  }
  if (options.hostile) {
    const target = hostileNewsEvent(events, options.nowMs);
    if (target) {
      for (const item of hostileNewsFor(target, options.nowMs)) {
        items.push('id' in item ? item : { ...item, id: nextId[item.kind]++ });
      }
    }
  }
  return items;
}
