import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleServer } from '../sample-api/server.ts';
import { SnapshotManifest } from '../src/api/snapshotManifest.ts';
import { buildSnapshot } from '../snapshot/buildSnapshot.ts';
import { sha256Hex } from '../snapshot/snapshotFiles.ts';
import { renderHeadersFile } from './headersFile.ts';
import {
  FEED_CACHE,
  IMMUTABLE,
  REVALIDATE,
  SNAPSHOT_MANIFEST_CACHE,
  contentSecurityPolicyHeader,
  hostingRules,
} from './hostingRules.ts';
import { nginxAvailability, startNginx, type RunningNginx } from './testing/nginxServer.ts';

const availability = nginxAvailability();
if (!availability.run) console.warn(`Skipping the nginx tests: ${availability.reason}`);

const INDEX = '<!doctype html><title>Rendezvous</title><p>app shell</p>';

/** A build's files (the real build is served to Chromium in e2e/deploy-nginx.spec.ts). */
async function writeSite(root: string): Promise<void> {
  const files: [string, string][] = [
    ['index.html', INDEX],
    ['assets/index-AbC123.js', 'console.log("app")'],
    ['sw.js', 'self.addEventListener("fetch", () => {})'],
    ['workbox-c0f318f2.js', '/* workbox */'],
    ['manifest.webmanifest', '{"name":"Rendezvous"}'],
    ['favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ];
  for (const [path, text] of files) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

describe.runIf(availability.run)('the generated nginx configuration, served by real nginx', () => {
  let root: string;
  let nginx: RunningNginx | undefined;
  let manifest: SnapshotManifest;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rendezvous-site-'));
    await chmod(root, 0o755);
    await writeSite(root);
    const sample = await startSampleServer({ port: 0, size: 150, seed: 3 });
    try {
      await buildSnapshot({ apiBaseUrl: sample.baseUrl, outDir: join(root, 'snapshot') });
    } finally {
      await sample.close();
    }
    manifest = SnapshotManifest.parse(
      JSON.parse(await readFile(join(root, 'snapshot', 'manifest.json'), 'utf8')),
    );
    nginx = await startNginx(root, { base: '/' });
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${nginx?.origin ?? ''}${path}`, { headers });

  it('sends the security headers as real headers, the CSP with worker-src and frame-ancestors', async () => {
    for (const path of ['/', '/events/42/some-slug', '/assets/index-AbC123.js', '/nope/x.js']) {
      const response = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toBe(contentSecurityPolicyHeader(undefined));
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self';");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('caches hashed assets for good and revalidates index.html, sw.js and the web manifest', async () => {
    expect((await get('/assets/index-AbC123.js')).headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await get('/workbox-c0f318f2.js')).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE);
    }
    expect((await get('/manifest.webmanifest')).headers.get('content-type')).toContain(
      'application/manifest+json',
    );
  });

  it('answers client-side routes with index.html, but a missing asset with 404', async () => {
    for (const path of ['/events/upcoming', '/events/42/some-slug', '/settings']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('cache-control')).toBe(REVALIDATE);
    }
    expect((await get('/assets/gone-123.js')).status).toBe(404);
    expect((await get('/snapshot/chunks/0-0000000000000000.json')).status).toBe(404);
  });

  it('serves the snapshot: a short-lived manifest with ETag, immutable chunks, calendar feeds', async () => {
    const first = await get('/snapshot/manifest.json');
    expect(first.headers.get('cache-control')).toBe(SNAPSHOT_MANIFEST_CACHE);
    expect(first.headers.get('content-type')).toContain('application/json');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('/snapshot/manifest.json', { 'If-None-Match': etag ?? '' })).status).toBe(
      304,
    );
    const [chunk] = manifest.chunks;
    if (chunk === undefined) throw new Error('no chunk');
    const response = await get(`/snapshot/${chunk.file}`, { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBe(chunk.bytes);
    expect(sha256Hex(bytes)).toBe(chunk.sha256);
    const feed = await get('/snapshot/feeds/dockings.ics');
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe(FEED_CACHE);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  });
});

describe('the same rules as a _headers file', () => {
  it('puts the security headers on every path and the caching on each path', () => {
    const text = renderHeadersFile(hostingRules({ base: '/rendezvous' }));
    expect(text).toContain(
      `/rendezvous/*\n  Content-Security-Policy: ${contentSecurityPolicyHeader(undefined)}\n`,
    );
    expect(text).toContain(`/rendezvous/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(text).toContain(
      `/rendezvous/snapshot/manifest.json\n  Cache-Control: ${SNAPSHOT_MANIFEST_CACHE}\n`,
    );
    expect(text).toContain(`/rendezvous/sw.js\n  Cache-Control: ${REVALIDATE}\n`);
  });

  it('refuses a base path that is not one', () => {
    expect(() => hostingRules({ base: 'https://x/' })).toThrow('--base must be a path');
    expect(() => hostingRules({ base: '/a b/' })).toThrow('--base must be a path');
  });
});
