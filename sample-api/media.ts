import { crc32, deflateSync } from 'node:zlib';
import { LICENSES } from './catalog.ts';
import { SELF_ORIGIN, type Image } from './types.ts';

/**
 * Images the sample server draws itself, so thumbnails show in tests and demos with no internet.
 * A media name is `<kind>-<key>` (e.g. `type-2`, `program-17`, `webcast-40`); the picture is a
 * deterministic PNG whose colour comes from the event type or, for other kinds, from the name.
 */
export const MEDIA_PATH = '/__media/';

const MEDIA_NAME = /^[a-z]+-[a-z0-9-]{1,40}$/;

/** One hue per event type id, spread around the colour wheel so neighbouring types differ. */
export function typeHue(typeId: number): number {
  return (typeId * 137) % 360;
}

function nameHue(name: string): number {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

export function mediaUrl(name: string, thumbnail = false): string {
  return `${SELF_ORIGIN}${MEDIA_PATH}${name}${thumbnail ? '-thumb' : ''}.png`;
}

export function mediaImage(
  id: number,
  mediaName: string,
  name: string,
  credit: string | null = 'Rendezvous sample data',
): Image {
  return {
    id,
    name,
    image_url: mediaUrl(mediaName),
    thumbnail_url: mediaUrl(mediaName, true),
    credit,
    license: LICENSES.sample,
    single_use: false,
    variants: [],
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Drawn pictures kept, newest last: a list page asks for the same few dozen again and again. */
const drawn = new Map<string, Buffer>();
const DRAWN_LIMIT = 256;

/**
 * The PNG for a file name such as `type-2.png` or `type-2-thumb.png`, or null for a bad name.
 *
 * A raster picture, as Launch Library 2's own images are (JPEG and PNG): the browser decodes it
 * off the main thread, where an SVG is laid out and painted on it, so the sample server's pages
 * cost what real pages cost (decision 036). The name is in the page's alt text, not the picture.
 */
export function renderMediaPng(fileName: string): Buffer | null {
  if (!fileName.endsWith('.png')) return null;
  let name = fileName.slice(0, -'.png'.length);
  const thumbnail = name.endsWith('-thumb');
  if (thumbnail) name = name.slice(0, -'-thumb'.length);
  if (!MEDIA_NAME.test(name)) return null;
  const cached = drawn.get(fileName);
  if (cached !== undefined) {
    drawn.delete(fileName);
    drawn.set(fileName, cached);
    return cached;
  }
  const typeMatch = /^type-(\d+)$/.exec(name);
  const hue = typeMatch ? typeHue(Number(typeMatch[1])) : nameHue(name);
  const png = thumbnail ? drawPicture(hue, 320, 180) : drawPicture(hue, 1280, 720);
  drawn.set(fileName, png);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value as string);
  return png;
}

/** A diagonal gradient with a ringed planet in the upper right, as 8-bit RGB. */
function drawPicture(hue: number, width: number, height: number): Buffer {
  const from = hslToRgb(hue, 0.65, 0.38);
  const to = hslToRgb((hue + 40) % 360, 0.55, 0.16);
  const planet = hslToRgb(hue, 0.7, 0.7);
  const [cx, cy, radius] = [width * 0.78, height * 0.3, height * 0.18];
  const [ringX, ringY, ringWidth] = [height * 0.34, height * 0.08, width > 400 ? 0.06 : 0.08];
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 1; // filter: each byte less the same channel of the pixel to its left
    for (let x = 0; x < width; x++) {
      const along = (x / width + y / height) / 2;
      let rgb = mix(from, to, along);
      const dx = x - cx;
      const dy = y - cy;
      if (dx * dx + dy * dy <= radius * radius) rgb = mix(rgb, planet, 0.85);
      const ring = Math.sqrt((dx * dx) / (ringX * ringX) + (dy * dy) / (ringY * ringY));
      if (Math.abs(ring - 1) < ringWidth) rgb = mix(rgb, [255, 255, 255], 0.6);
      const at = y * stride + 1 + x * 3;
      raw[at] = rgb[0];
      raw[at + 1] = rgb[1];
      raw[at + 2] = rgb[2];
    }
    for (let at = (y + 1) * stride - 1; at >= y * stride + 4; at--) {
      raw[at] = ((raw[at] ?? 0) - (raw[at - 3] ?? 0)) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

type Rgb = readonly [number, number, number];

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [
    Math.round(a[0] + (b[0] - a[0]) * amount),
    Math.round(a[1] + (b[1] - a[1]) * amount),
    Math.round(a[2] + (b[2] - a[2]) * amount),
  ];
}

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const amplitude = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const chunk = Buffer.alloc(8 + data.length + 4);
  chunk.writeUInt32BE(data.length, 0);
  typeAndData.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return chunk;
}
