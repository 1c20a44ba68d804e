import { EVENT_TYPES, LICENSES } from './catalog.ts';
import { SELF_ORIGIN, type Image } from './types.ts';

/**
 * Images the sample server draws itself, so thumbnails show in tests and demos with no internet.
 * A media name is `<kind>-<key>` (e.g. `type-2`, `program-17`, `webcast-40`); the picture is a
 * deterministic SVG whose colour comes from the event type or, for other kinds, from the name.
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

const labels = new Map<string, string>(EVENT_TYPES.map((type) => [`type-${type.id}`, type.name]));

/** Names a media item so its SVG can carry a caption; captions are escaped when drawn. */
export function registerMediaLabel(name: string, label: string): void {
  labels.set(name, label);
}

export function mediaUrl(name: string, thumbnail = false): string {
  return `${SELF_ORIGIN}${MEDIA_PATH}${name}${thumbnail ? '-thumb' : ''}.svg`;
}

export function mediaImage(
  id: number,
  mediaName: string,
  name: string,
  credit: string | null = 'Rendezvous sample data',
): Image {
  registerMediaLabel(mediaName, name);
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

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The SVG for a file name such as `type-2.svg` or `type-2-thumb.svg`, or null for a bad name. */
export function renderMediaSvg(fileName: string): string | null {
  if (!fileName.endsWith('.svg')) return null;
  let name = fileName.slice(0, -'.svg'.length);
  const thumbnail = name.endsWith('-thumb');
  if (thumbnail) name = name.slice(0, -'-thumb'.length);
  if (!MEDIA_NAME.test(name)) return null;
  const typeMatch = /^type-(\d+)$/.exec(name);
  const hue = typeMatch ? typeHue(Number(typeMatch[1])) : nameHue(name);
  const [width, height] = thumbnail ? [320, 180] : [1280, 720];
  const label = escapeXml(labels.get(name) ?? name.replace(/-/g, ' '));
  const fontSize = thumbnail ? 22 : 64;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="hsl(${hue} 65% 38%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 55% 16%)"/>`,
    `</linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#g)"/>`,
    `<circle cx="${width * 0.78}" cy="${height * 0.3}" r="${height * 0.18}" fill="hsl(${hue} 70% 70%)" opacity="0.85"/>`,
    `<ellipse cx="${width * 0.78}" cy="${height * 0.3}" rx="${height * 0.34}" ry="${height * 0.08}" fill="none" stroke="white" stroke-opacity="0.6" stroke-width="${thumbnail ? 2 : 5}"/>`,
    `<text x="${width * 0.05}" y="${height * 0.88}" fill="white" font-family="sans-serif" font-size="${fontSize}">${label}</text>`,
    `</svg>`,
  ].join('');
}
