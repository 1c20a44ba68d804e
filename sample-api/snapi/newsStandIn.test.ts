import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer, type RunningSampleServer } from '../server.ts';
import type { NewsItem } from './generateNews.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
let server: RunningSampleServer;

interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: Partial<NewsItem>[];
}

async function get(path: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${server.newsBaseUrl}${path}`);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function page(path: string): Promise<Page> {
  const { status, body } = await get(path);
  expect(status).toBe(200);
  return body as Page;
}

/** An event with at least `n` articles, and its article count. */
function eventWithArticles(n: number): { id: number; count: number } {
  const counts = new Map<number, number>();
  for (const item of server.api.news.items()) {
    if (item.kind !== 'article' || !Array.isArray(item.events)) continue;
    for (const ref of item.events as { event_id: number }[]) {
      counts.set(ref.event_id, (counts.get(ref.event_id) ?? 0) + 1);
    }
  }
  const found = [...counts].find(([, count]) => count >= n);
  if (!found) throw new Error(`no event with ${n} articles`);
  return { id: found[0], count: found[1] };
}

beforeAll(async () => {
  server = await startSampleServer({ port: 0, size: 300, seed: 11, now: NOW, hostile: true });
});
afterAll(async () => {
  await server.close();
});

describe('the Spaceflight News API stand-in', () => {
  it('is mounted beside the LL2 stand-in and sends CORS headers', async () => {
    expect(server.newsBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/snapi\/v4$/);
    const { headers } = await get('/articles/?limit=1');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${server.newsBaseUrl}/articles/`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
  });

  it('filters by a comma list of events, newest first by default, with LL2 event links', async () => {
    const a = eventWithArticles(3);
    const one = await page(`/articles/?event=${a.id}&limit=100`);
    expect(one.count).toBe(a.count);
    for (const item of one.results) {
      expect(item.events?.some((ref) => ref.event_id === a.id)).toBe(true);
      expect(item).not.toHaveProperty('kind');
    }
    const dates = one.results.map((item) => Date.parse(item.published_at ?? ''));
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    const ascending = await page(`/articles/?event=${a.id}&limit=100&ordering=published_at`);
    expect(ascending.results.map((item) => item.id)).toEqual(
      [...one.results].reverse().map((item) => item.id),
    );

    const others = server.api.news
      .items()
      .filter((item) => item.kind === 'article')
      .flatMap((item) => (item.events as { event_id: number }[]).map((ref) => ref.event_id))
      .filter((id) => id !== a.id);
    const b = others[0] ?? 0;
    const both = await page(`/articles/?event=${a.id},${b}&limit=500`);
    expect(both.count).toBeGreaterThan(a.count);
  });

  it('pages with limit (at most 500) and offset, and absolute next/previous links', async () => {
    const all = await page('/articles/?limit=1000');
    expect(all.results.length).toBe(Math.min(all.count, 500));
    const first = await page('/articles/?limit=3');
    expect(first.results).toHaveLength(3);
    expect(first.previous).toBeNull();
    expect(first.next).toContain(`${server.newsBaseUrl}/articles/?`);
    const response = await fetch(first.next ?? '');
    const second = (await response.json()) as Page;
    expect(second.results.map((item) => item.id)).toEqual(
      all.results.slice(3, 6).map((item) => item.id),
    );
    expect(second.previous).not.toBeNull();
  });

  it('searches title and summary, serves blogs and reports, 400 for a bad event id', async () => {
    const hostile = await page('/articles/?search=hostile%20headline');
    expect(hostile.results.map((item) => item.title)).toEqual([
      '<img src=x onerror="alert(1)">Hostile <script>alert("title")</script> headline',
    ]);
    expect(hostile.results[0]?.url).toBe('javascript:alert(document.domain)');
    expect((await page('/blogs/?limit=1')).count).toBeGreaterThan(0);
    expect((await get('/reports/')).status).toBe(200);
    const bad = await get('/articles/?event=12,abc');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ event: ['Enter a whole number.'] });
    expect((await get('/nothing/')).status).toBe(404);
  });

  it('is deterministic, serves its pictures from the LL2 stand-in, and logs its own requests', async () => {
    const again = await startSampleServer({
      port: 0,
      size: 300,
      seed: 11,
      now: NOW,
      hostile: true,
    });
    try {
      const strip = (items: readonly unknown[]) =>
        JSON.stringify(items).replaceAll(/127\.0\.0\.1:\d+/g, 'host');
      expect(strip(again.api.news.items())).toBe(strip(server.api.news.items()));
    } finally {
      await again.close();
    }
    const withImage = (await page('/articles/?limit=50')).results.find((item) =>
      item.image_url?.startsWith('http'),
    );
    expect(withImage?.image_url).toMatch(/\/2\.3\.0\/__media\/news-[\w-]+-thumb\.png$/);
    const picture = await fetch(withImage?.image_url ?? '');
    expect(picture.headers.get('content-type')).toBe('image/png');

    server.api.news.reset();
    server.api.requestLog.length = 0;
    server.api.news.failNext(1, 503);
    expect((await fetch(`${server.newsBaseUrl}/articles/`)).status).toBe(503);
    expect((await get('/articles/')).status).toBe(200);
    expect(server.api.news.requestLog.map((entry) => entry.status)).toEqual([503, 200]);
    // News requests never count against, or show up in, the LL2 stand-in's log.
    expect(server.api.requestLog).toHaveLength(0);
  });
});
