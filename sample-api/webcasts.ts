import { LANGUAGES, WEBCAST_TYPES, type LanguageCode } from './catalog.ts';
import { mediaUrl } from './media.ts';
import type { Random } from './random.ts';
import { isoInstant, slugify } from './textFormats.ts';
import type { VidUrl } from './types.ts';

/** Who streams an event: decides the hosts and languages of its webcasts. */
export type Broadcaster =
  'nasa' | 'roscosmos' | 'spacex' | 'cmsa' | 'esa' | 'jaxa' | 'isro' | 'axiom';

type Host = 'youtube' | 'nasaplus' | 'x' | 'bilibili' | 'rutube' | 'vk' | 'twitch';

interface Channel {
  host: Host;
  publisher: string | null;
  language: LanguageCode;
  official: boolean;
}

const CHANNELS: Record<Broadcaster, Channel[]> = {
  nasa: [
    { host: 'youtube', publisher: 'NASA', language: 'en', official: true },
    { host: 'nasaplus', publisher: 'NASA', language: 'en', official: true },
    { host: 'youtube', publisher: 'Cobertura Espacial', language: 'es', official: false },
  ],
  roscosmos: [
    { host: 'youtube', publisher: 'Роскосмос ТВ', language: 'ru', official: true },
    { host: 'rutube', publisher: 'Роскосмос ТВ', language: 'ru', official: true },
    { host: 'vk', publisher: 'Роскосмос', language: 'ru', official: true },
    { host: 'youtube', publisher: 'NASA', language: 'en', official: true },
  ],
  spacex: [
    { host: 'x', publisher: 'SpaceX', language: 'en', official: true },
    { host: 'youtube', publisher: 'Orbital Coverage', language: 'en', official: false },
    { host: 'twitch', publisher: 'Orbital Coverage', language: 'en', official: false },
    { host: 'youtube', publisher: 'Espaço Ao Vivo', language: 'pt', official: false },
  ],
  cmsa: [
    { host: 'bilibili', publisher: '中国载人航天', language: 'zh', official: true },
    { host: 'youtube', publisher: 'CGTN', language: 'en', official: false },
  ],
  esa: [
    { host: 'youtube', publisher: 'European Space Agency, ESA', language: 'en', official: true },
    { host: 'youtube', publisher: 'ESA France', language: 'fr', official: true },
    { host: 'youtube', publisher: 'ESA Deutschland', language: 'de', official: true },
  ],
  jaxa: [
    { host: 'youtube', publisher: 'JAXA', language: 'ja', official: true },
    { host: 'youtube', publisher: 'JAXA', language: 'en', official: true },
  ],
  isro: [{ host: 'youtube', publisher: 'ISRO Official', language: 'en', official: true }],
  axiom: [
    { host: 'youtube', publisher: 'Axiom Space', language: 'en', official: true },
    { host: 'x', publisher: 'Axiom Space', language: 'en', official: true },
    { host: 'youtube', publisher: 'Cobertura Espacial', language: 'es', official: false },
  ],
};

const SOURCES: Record<Host, string> = {
  youtube: 'youtube.com',
  nasaplus: 'plus.nasa.gov',
  x: 'x.com',
  bilibili: 'bilibili.com',
  rutube: 'rutube.ru',
  vk: 'vk.com',
  twitch: 'twitch.tv',
};

const TITLES: Record<LanguageCode, (name: string) => string> = {
  en: (name) => `Watch live: ${name}`,
  es: (name) => `EN VIVO: ${name}`,
  ru: (name) => `Прямая трансляция: ${name}`,
  fr: (name) => `En direct : ${name}`,
  de: (name) => `Live: ${name}`,
  zh: (name) => `直播：${name}`,
  ja: (name) => `ライブ配信：${name}`,
  pt: (name) => `AO VIVO: ${name}`,
};

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export type YouTubeForm = 'watch' | 'short' | 'live' | 'embed';

/** A YouTube URL in one of the forms LL2 data carries, sometimes with a start offset. */
export function youTubeUrl(random: Random, form: YouTubeForm, withStart: boolean): string {
  const id = random.token(11, ID_ALPHABET);
  const seconds = random.int(15, 900);
  switch (form) {
    case 'watch':
      return `https://www.youtube.com/watch?v=${id}${withStart ? `&t=${seconds}s` : ''}`;
    case 'short':
      return `https://youtu.be/${id}${withStart ? `?t=${seconds}` : ''}`;
    case 'live':
      return `https://www.youtube.com/live/${id}${withStart ? `?t=${seconds}` : ''}`;
    case 'embed':
      return `https://www.youtube.com/embed/${id}${withStart ? `?start=${seconds}` : ''}`;
  }
}

function channelUrl(random: Random, host: Host, eventName: string): string {
  switch (host) {
    case 'youtube':
      return youTubeUrl(
        random,
        random.pick(['watch', 'watch', 'watch', 'short', 'live', 'embed'] as const),
        random.chance(0.25),
      );
    case 'nasaplus':
      return `https://plus.nasa.gov/scheduled-video/${slugify(eventName)}/`;
    case 'x':
      return random.chance(0.5)
        ? `https://x.com/i/broadcasts/1${random.token(12, ALNUM)}`
        : `https://x.com/SpaceX/status/19${random.token(17, '0123456789')}`;
    case 'bilibili':
      return random.chance(0.5)
        ? `https://www.bilibili.com/video/BV1${random.token(9, ALNUM)}`
        : `https://live.bilibili.com/${random.int(10_000, 99_999_999)}`;
    case 'rutube':
      return `https://rutube.ru/video/${random.token(32, '0123456789abcdef')}/`;
    case 'vk':
      return `https://vk.com/video-${random.int(10_000, 999_999)}_${random.int(100_000_000, 999_999_999)}`;
    case 'twitch':
      return 'https://www.twitch.tv/orbitalcoverage';
  }
}

export interface WebcastPlan {
  broadcaster: Broadcaster;
  eventName: string;
  /** The event's instant; webcasts start before it and end after it. Null: times unknown. */
  eventMs: number | null;
  count: number;
  /** Instants used to decide `live`: a webcast is live when start ≤ now ≤ end. */
  nowMs: number;
  /** Forces times around `nowMs` so the webcasts are live now. */
  liveNow?: boolean;
}

export function generateWebcasts(
  random: Random,
  plan: WebcastPlan,
  nextMediaNumber: () => number,
): VidUrl[] {
  const channels = CHANNELS[plan.broadcaster];
  const chosen = random.shuffled(channels).slice(0, Math.min(plan.count, channels.length));
  return chosen.map((channel, index): VidUrl => {
    let startMs: number | null = null;
    let endMs: number | null = null;
    if (plan.liveNow) {
      startMs = plan.nowMs - random.int(20, 120) * 60_000;
      endMs = plan.nowMs + random.int(90, 360) * 60_000;
    } else if (plan.eventMs !== null && !random.chance(0.08)) {
      startMs = plan.eventMs - random.int(5, 75) * 60_000 - random.int(0, 59) * 1000;
      endMs = plan.eventMs + random.int(15, 150) * 60_000 + random.int(0, 59) * 1000;
    }
    const live = startMs !== null && endMs !== null && startMs <= plan.nowMs && plan.nowMs <= endMs;
    const language = LANGUAGES[channel.language];
    return {
      priority: 10 + index,
      source: SOURCES[channel.host],
      publisher: random.chance(0.05) ? null : channel.publisher,
      title: TITLES[channel.language](plan.eventName),
      description: `Coverage of ${plan.eventName}.`,
      feature_image: random.chance(0.2) ? null : mediaUrl(`webcast-${nextMediaNumber()}`),
      url: channelUrl(random, channel.host, plan.eventName),
      type: channel.official ? WEBCAST_TYPES.official : WEBCAST_TYPES.unofficial,
      language: random.chance(0.03) ? null : language,
      start_time: startMs === null ? null : isoInstant(startMs),
      end_time: endMs === null ? null : isoInstant(endMs),
      live,
    };
  });
}
