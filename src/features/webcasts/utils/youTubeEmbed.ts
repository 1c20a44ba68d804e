/** A YouTube video the app may embed: the id and where playback starts. */
export interface YouTubeVideo {
  videoId: string;
  startSeconds: number;
}

// Exact hosts only: a suffix or substring test would accept lookalikes such as
// youtube.com.evil.net or notyoutube.com.
const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const SHORT_LINK_HOSTS = new Set(['youtu.be', 'www.youtu.be']);

/** YouTube ids are exactly 11 characters of the URL-safe base64 alphabet. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** Path forms that carry the id as their second segment: /live/ID, /embed/ID, /shorts/ID, /v/ID. */
const ID_PATH_PREFIXES = new Set(['live', 'embed', 'shorts', 'v']);

/** `t=1h2m3s`, `t=2m`, `t=90`, `t=90s`; whole seconds; anything else is not a time. */
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/;

/**
 * Reads a YouTube link in any of its common forms (watch?v=, youtu.be/, /live/, /embed/,
 * /shorts/, with t= or start= times) and returns the video it points to, or null when the
 * link is not unmistakably a YouTube video. Only a non-null result may ever be embedded.
 */
export function toYouTubeEmbed(rawUrl: string): YouTubeVideo | null {
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;

  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  let videoId: string | undefined;
  if (SHORT_LINK_HOSTS.has(host)) {
    if (segments.length === 1) videoId = segments[0];
  } else if (YOUTUBE_HOSTS.has(host)) {
    const [first, second] = segments;
    if (segments.length === 1 && first === 'watch') {
      videoId = url.searchParams.get('v') ?? undefined;
    } else if (segments.length === 2 && first !== undefined && ID_PATH_PREFIXES.has(first)) {
      videoId = second;
    }
  }
  if (videoId === undefined || !VIDEO_ID.test(videoId)) return null;

  return { videoId, startSeconds: readStartSeconds(url) };
}

/** The privacy-enhanced player URL for a video: no cookies until the viewer presses play. */
export function youTubeEmbedSrc({ videoId, startSeconds }: YouTubeVideo): string {
  const src = new URL(`https://www.youtube-nocookie.com/embed/${videoId}`);
  src.searchParams.set('autoplay', '1');
  if (startSeconds > 0) src.searchParams.set('start', String(startSeconds));
  return src.toString();
}

function readStartSeconds(url: URL): number {
  // Share links put the time in the fragment as often as in the query (`#t=1m30s`).
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const raw = url.searchParams.get('t') ?? url.searchParams.get('start') ?? fragment.get('t');
  if (raw === null || raw === '') return 0;
  const match = DURATION.exec(raw);
  if (!match) return 0;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
