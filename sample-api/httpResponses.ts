import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** Plain `node:http` plumbing shared by the sample server's routes. */
const MAX_BODY_CHARS = 1_000_000;

/** Bodies smaller than this go out as they are: compressing them saves nothing worth the work. */
const GZIP_FROM_BYTES = 1024;

/**
 * Sends JSON, gzipped when the client accepts it, as Launch Library 2 does: a detailed page of 100
 * events is about half a megabyte as text and a tenth of that compressed.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  const plain = Buffer.from(text);
  const gzip = plain.length >= GZIP_FROM_BYTES && acceptsGzip(res.req);
  const body = gzip ? gzipSync(plain) : plain;
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(body.length),
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...headers,
  });
  res.end(body);
}

function acceptsGzip(req: IncomingMessage | undefined): boolean {
  const header = req?.headers['accept-encoding'] ?? '';
  return header.split(',').some((entry) => {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith('q='));
    return coding === 'gzip' && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_BODY_CHARS) reject(new Error('Body too large'));
    });
    req.on('end', () => {
      resolve(text);
    });
    req.on('error', reject);
  });
}

export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
    );
    res.setHeader('Access-Control-Max-Age', '86400');
  }
}

/** Damages one record of a page the way a broken upstream record would look. */
export function damageOneRecord(body: unknown): void {
  if (
    typeof body !== 'object' ||
    body === null ||
    !('results' in body) ||
    !Array.isArray(body.results)
  )
    return;
  const results = body.results as Record<string, unknown>[];
  const victim = results[Math.floor(results.length / 2)];
  if (!victim) return;
  delete victim.name;
  victim.date = 'soon';
}

export const MALFORMED_BODY =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
