import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startSampleServer, type RunningSampleServer } from './server.ts';

const NOW = Date.parse('2026-03-10T15:00:00Z');
const DAY = 86_400_000;

interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: Record<string, unknown>[];
}

let server: RunningSampleServer;
beforeAll(async () => {
  server = await startSampleServer({ size: 1100, seed: 7, now: NOW });
});
afterAll(async () => {
  await server.close();
});

async function getPage(url: string): Promise<Page> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

const LIST_KEYS = [
  'id',
  'url',
  'name',
  'info_urls',
  'vid_urls',
  'image',
  'date',
  'slug',
  'type',
  'description',
  'webcast_live',
  'location',
  'date_precision',
  'response_mode',
  'duration',
];
const NORMAL_KEYS = [...LIST_KEYS, 'updates', 'last_updated'];
const DETAILED_KEYS = [
  ...NORMAL_KEYS,
  'agencies',
  'launches',
  'expeditions',
  'spacestations',
  'program',
  'astronauts',
];

describe('modes', () => {
  it.each([
    ['list', LIST_KEYS],
    ['normal', NORMAL_KEYS],
    ['detailed', DETAILED_KEYS],
  ])('mode=%s has exactly the API keys in order', async (mode, keys) => {
    const page = await getPage(`${server.baseUrl}/events/?mode=${mode}&limit=5`);
    for (const event of page.results) {
      expect(Object.keys(event)).toEqual(keys);
      expect(event.response_mode).toBe(mode);
    }
  });

  it('defaults to normal for lists and detailed for one event', async () => {
    const page = await getPage(`${server.baseUrl}/events/`);
    expect(Object.keys(page.results[0] ?? {})).toEqual(NORMAL_KEYS);
    const id = page.results[0]?.id as number;
    const event = (await (await fetch(`${server.baseUrl}/events/${id}/`)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(event)).toEqual(DETAILED_KEYS);
    expect(
      (await (await fetch(`${server.baseUrl}/events/${id}/?mode=list`)).json()) as Record<
        string,
        unknown
      >,
    ).toHaveProperty('response_mode', 'list');
  });

  it('makes every self URL absolute on the requesting host', async () => {
    const page = await getPage(`${server.baseUrl}/events/?mode=detailed&limit=100`);
    const text = JSON.stringify(page);
    expect(text).not.toContain('sample-api-self:');
    const withImage = page.results.find((event) => event.image !== null) as
      { image: { thumbnail_url: string } } | undefined;
    expect(withImage?.image.thumbnail_url).toMatch(
      new RegExp(`^${server.baseUrl}/__media/.+-thumb\\.png$`),
    );
    const image = await fetch(withImage?.image.thumbnail_url ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await image.arrayBuffer());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: a 320 × 180 thumbnail.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([320, 180]);
  });
});

describe('paging', () => {
  it('defaults to 10, clamps to 100 and falls back on bad values', async () => {
    expect((await getPage(`${server.baseUrl}/events/`)).results).toHaveLength(10);
    expect((await getPage(`${server.baseUrl}/events/?limit=500`)).results).toHaveLength(100);
    expect((await getPage(`${server.baseUrl}/events/?limit=abc&offset=-3`)).results).toHaveLength(
      10,
    );
    expect((await getPage(`${server.baseUrl}/events/?limit=0`)).results).toHaveLength(10);
    const shifted = await getPage(`${server.baseUrl}/events/?offset=xyz`);
    expect(shifted.previous).toBeNull();
  });

  it('builds absolute next/previous URLs that keep the other parameters (sorted, repeated kept)', async () => {
    const page = await getPage(
      `${server.baseUrl}/events/?program=17&program=8&mode=list&limit=5&offset=5`,
    );
    expect(page.next).toBe(
      `${server.baseUrl}/events/?limit=5&mode=list&offset=10&program=17&program=8`,
    );
    expect(page.previous).toBe(`${server.baseUrl}/events/?limit=5&mode=list&program=17&program=8`);
    const later = await getPage(`${server.baseUrl}/events/?limit=5&offset=12`);
    expect(later.previous).toBe(`${server.baseUrl}/events/?limit=5&offset=7`);
    const last = await getPage(`${server.baseUrl}/events/?limit=100&offset=${later.count - 3}`);
    expect(last.next).toBeNull();
    expect(last.results).toHaveLength(3);
  });

  it('uses the Host header of the request for links', async () => {
    const url = new URL(`${server.baseUrl}/events/?limit=1`);
    const { request } = await import('node:http');
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          headers: { Host: 'example.test:8080' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => {
            resolve(text);
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const page = JSON.parse(body) as Page;
    expect(page.next).toBe('http://example.test:8080/2.3.0/events/?limit=1&offset=1');
    expect(page.results[0]?.url).toMatch(/^http:\/\/example\.test:8080\/2\.3\.0\/events\/\d+\/$/);
  });

  it('walks the whole archive with the cursor query, each id exactly once', async () => {
    const seen: number[] = [];
    let url: string | null =
      `${server.baseUrl}/events/?mode=detailed&ordering=last_updated&limit=100`;
    let previousUpdated = '';
    while (url) {
      const page: Page = await getPage(url);
      for (const event of page.results) {
        seen.push(event.id as number);
        expect((event.last_updated as string) >= previousUpdated).toBe(true);
        previousUpdated = event.last_updated as string;
      }
      url = page.next;
    }
    const expected = server.data.events().map((event) => event.id);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
  });
});

describe('windows and filters against the generated data', () => {
  it('upcoming and previous match an independent computation', async () => {
    const events = server.data.events();
    const upcoming = events.filter(
      (event) => event.date !== null && Date.parse(event.date) >= NOW - DAY,
    );
    const previous = events.filter((event) => event.date !== null && Date.parse(event.date) <= NOW);
    expect((await getPage(`${server.baseUrl}/events/upcoming/?limit=1`)).count).toBe(
      upcoming.length,
    );
    expect((await getPage(`${server.baseUrl}/events/previous/?limit=1`)).count).toBe(
      previous.length,
    );
    const recent = events.filter(
      (event) =>
        event.date !== null && Date.parse(event.date) >= NOW - DAY && Date.parse(event.date) <= NOW,
    );
    expect(recent.length).toBeGreaterThan(0);
    const hidden = await getPage(
      `${server.baseUrl}/events/upcoming/?hide_recent_previous=true&limit=1`,
    );
    expect(hidden.count).toBe(
      upcoming.length - recent.filter((event) => Date.parse(event.date ?? '') < NOW).length,
    );
  });

  it('type__ids and search match an independent computation', async () => {
    const events = server.data.events();
    const dockings = events
      .filter((event) => [2, 8].includes(event.type.id))
      .map((event) => event.id);
    const page = await getPage(`${server.baseUrl}/events/?type__ids=2,8&limit=100&mode=list`);
    expect(page.count).toBe(dockings.length);
    expect(page.results.map((event) => event.id)).toEqual(dockings.slice(0, 100));
    const progress = events.filter(
      (event) => /progress/i.test(event.name) && /undocking/i.test(event.name),
    );
    expect(
      (await getPage(`${server.baseUrl}/events/?search=UNDOCKING,progress&limit=1`)).count,
    ).toBe(progress.length);
  });

  it('has upcoming dockings', async () => {
    const page = await getPage(
      `${server.baseUrl}/events/upcoming/?type=2&hide_recent_previous=true`,
    );
    expect(page.count).toBeGreaterThan(3);
  });
});

describe('other endpoints', () => {
  it('lists event types paged like the real API', async () => {
    const page = await getPage(`${server.baseUrl}/config/event_types/?limit=100`);
    expect(page.count).toBe(28);
    expect(page.results[1]).toEqual({ id: 2, name: 'Docking' });
    const first = await getPage(`${server.baseUrl}/config/event_types/`);
    expect(first.next).toBe(`${server.baseUrl}/config/event_types/?limit=10&offset=10`);
  });

  it('reports the request budget on /api-throttle/ without spending it', async () => {
    const read = async () =>
      (await (await fetch(`${server.baseUrl}/api-throttle/`)).json()) as Record<string, unknown>[];
    const before = await read();
    const after = await read();
    expect(before).toHaveLength(1);
    expect(Object.keys(before[0] ?? {}).sort()).toEqual([
      'current_use',
      'ident',
      'limit_frequency_secs',
      'next_use_secs',
      'your_request_limit',
    ]);
    expect(after[0]?.current_use).toBe(before[0]?.current_use);
    expect(before[0]?.your_request_limit).toBeGreaterThanOrEqual(100_000);
  });

  it('answers unknown paths and methods plainly', async () => {
    expect((await fetch(`${server.baseUrl}/launches/`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/events/`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${server.baseUrl.replace('/2.3.0', '/other')}/events/`)).status).toBe(404);
  });
});

describe('determinism', () => {
  it('serves the same ids and bodies from another server with the same seed and now', async () => {
    const twin = await startSampleServer({ size: 1100, seed: 7, now: NOW });
    const other = await startSampleServer({ size: 1100, seed: 8, now: NOW });
    try {
      const query = '/events/?mode=detailed&ordering=-last_updated&limit=100&offset=300';
      const strip = (text: string, base: string) => text.split(base).join('<base>');
      const mine = strip(await (await fetch(`${server.baseUrl}${query}`)).text(), server.baseUrl);
      expect(strip(await (await fetch(`${twin.baseUrl}${query}`)).text(), twin.baseUrl)).toBe(mine);
      expect(strip(await (await fetch(`${other.baseUrl}${query}`)).text(), other.baseUrl)).not.toBe(
        mine,
      );
    } finally {
      await twin.close();
      await other.close();
    }
  });
});

describe('CORS', () => {
  it('answers preflight allowing Authorization, and exposes Retry-After', async () => {
    const preflight = await fetch(`${server.baseUrl}/events/`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    const response = await fetch(`${server.baseUrl}/events/?limit=1`, {
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

/** A raw GET (Node's fetch would decompress): the Content-Encoding and the bytes as sent. */
function getRaw(url: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

describe('compression', () => {
  it('gzips JSON for clients that accept it, as LL2 does, and not for those that do not', async () => {
    const server = await startSampleServer({ size: 200 });
    try {
      const url = `${server.baseUrl}/events/?mode=detailed&limit=100`;
      const compressed = await getRaw(url, 'br;q=1, gzip;q=0.8');
      expect(compressed.encoding).toBe('gzip');
      const page = JSON.parse(gunzipSync(compressed.body).toString('utf8')) as {
        results: unknown[];
      };
      expect(page.results).toHaveLength(100);

      const plain = await getRaw(url, 'gzip;q=0, identity');
      expect(plain.encoding).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(compressed.body.length * 4);
    } finally {
      await server.close();
    }
  });
});
