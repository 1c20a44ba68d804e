import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsTestServer, type NewsTestServer } from './testing/newsStandIn.ts';
import { PRODUCTION_SNAPI_BASE_URL, resolveNewsBaseUrl } from './baseUrl.ts';
import { buildNewsUrl, createNewsClient } from './client.ts';
import { NewsApiError } from './errors.ts';
import { NewsRecord } from './schemas.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
let server: NewsTestServer;

beforeAll(async () => {
  server = await startNewsTestServer({ now: NOW, hostile: true });
});
afterAll(async () => {
  await server.close();
});

function hostileEventId(): number {
  const item = server.api.news.items().find((candidate) => candidate.id === 999_999);
  const [ref] = (item?.events ?? []) as { event_id: number }[];
  if (ref === undefined) throw new Error('no hostile news in the stand-in');
  return ref.event_id;
}

describe('the Spaceflight News API client', () => {
  it('asks one URL for many events, newest first, within SNAPI’s limit', () => {
    expect(buildNewsUrl('https://news.test/v4', 'article', [30, 4, 30], 900)).toBe(
      'https://news.test/v4/articles/?event=4,30&limit=500&ordering=-published_at',
    );
    expect(buildNewsUrl('https://news.test/v4', 'blog', [7], 5)).toBe(
      'https://news.test/v4/blogs/?event=7&limit=5&ordering=-published_at',
    );
  });

  it('keeps hostile text as text, and drops a broken record with a count', async () => {
    const client = createNewsClient({ baseUrl: server.newsBaseUrl });
    const result = await client.getNewsPage({
      kind: 'article',
      eventIds: [hostileEventId()],
      limit: 50,
    });
    expect(result.rejected.map((rejected) => rejected.id)).toEqual([999_999]);
    expect(result.rejected[0]?.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['title', 'published_at']),
    );
    const titles = result.records.map((record) => record.title);
    expect(titles).toContain(
      '<img src=x onerror="alert(1)">Hostile <script>alert("title")</script> headline',
    );
    expect(result.records.map((record) => record.url)).toContain(
      'javascript:alert(document.domain)',
    );
    expect(result.count).toBe(result.records.length + result.rejected.length);
  });

  it('rejects absurd records and strips unknown keys', () => {
    const good = {
      id: 1,
      title: 'Docking today',
      url: 'https://news.test/a',
      image_url: null,
      news_site: 'Test',
      summary: '',
      published_at: '2026-03-01T10:00:00Z',
      updated_at: '2026-03-01T10:00:00Z',
      events: [{ event_id: 4, provider: 'Launch Library 2' }],
      extra: '<script>',
    };
    expect(NewsRecord.parse(good)).not.toHaveProperty('extra');
    expect(NewsRecord.safeParse({ ...good, title: 'x'.repeat(5000) }).success).toBe(false);
    expect(NewsRecord.safeParse({ ...good, title: '   ' }).success).toBe(false);
    expect(NewsRecord.safeParse({ ...good, events: [{ event_id: 'four' }] }).success).toBe(false);
    expect(NewsRecord.safeParse({ ...good, id: -1 }).success).toBe(false);
  });

  it('turns failures into NewsApiError values with a sentence', async () => {
    const client = createNewsClient({ baseUrl: server.newsBaseUrl });
    server.api.news.failNext(1, 502);
    const failure = await client
      .getNewsPage({ kind: 'article', eventIds: [1], limit: 1 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NewsApiError);
    expect(failure).toMatchObject({ kind: 'http', status: 502 });
    const unreachable = createNewsClient({ baseUrl: 'http://127.0.0.1:9/v4' });
    await expect(
      unreachable.getNewsPage({ kind: 'blog', eventIds: [1], limit: 1 }),
    ).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('Could not reach') as unknown,
    });
  });
});

describe('the news source URL', () => {
  it('accepts https, http on this machine, and paths on the app’s origin', () => {
    expect(resolveNewsBaseUrl(`${PRODUCTION_SNAPI_BASE_URL}/`)).toBe(PRODUCTION_SNAPI_BASE_URL);
    expect(resolveNewsBaseUrl('http://localhost:4011/snapi/v4')).toBe(
      'http://localhost:4011/snapi/v4',
    );
    expect(resolveNewsBaseUrl('http://127.0.0.1:4011/snapi/v4')).toBe(
      'http://127.0.0.1:4011/snapi/v4',
    );
    expect(resolveNewsBaseUrl('/sample-api/snapi/v4', 'http://127.0.0.1:4173')).toBe(
      'http://127.0.0.1:4173/sample-api/snapi/v4',
    );
  });

  it('refuses anything else with a sentence', () => {
    expect(() => resolveNewsBaseUrl('http://news.example/v4')).toThrow(/https:\/\//);
    expect(() => resolveNewsBaseUrl('javascript:alert(1)')).toThrow(/must start with https/);
    expect(() => resolveNewsBaseUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => resolveNewsBaseUrl('https://news.example/v4?x=1')).toThrow(/“\?”/);
    expect(() => resolveNewsBaseUrl('https://me:pw@news.example/v4')).toThrow(/password/);
    expect(() => resolveNewsBaseUrl('')).toThrow(/Enter the news API URL/);
    expect(() => resolveNewsBaseUrl('/snapi/v4')).toThrow(/is a path/);
  });
});
