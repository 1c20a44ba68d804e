import type { IncomingMessage, ServerResponse } from 'node:http';

/** Plain `node:http` plumbing shared by the sample server's routes. */
const MAX_BODY_CHARS = 1_000_000;

export function sendJson(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
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
