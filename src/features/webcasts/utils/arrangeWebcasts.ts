import type { VidUrl } from '../../../api/schemas.ts';
import { isWebcastLive, type LiveFacts } from '../../../domain/live.ts';
import { toWebcastTiming } from './webcastTiming.ts';

export interface WebcastGroup {
  /** Normalised language code, or null for webcasts without a language. */
  languageCode: string | null;
  languageName: string;
  /** In the API's priority order (lowest number first), the preferred webcast first. */
  webcasts: VidUrl[];
}

export interface ArrangedWebcasts {
  /** The webcast to offer first: it leads the first group. Undefined when there are none. */
  preferred: VidUrl | undefined;
  groups: WebcastGroup[];
}

export interface ArrangeOptions {
  /** ISO 639-1 code from Settings, or null for no preference. */
  preferredLanguage: string | null;
  /** The event the webcasts belong to: "live" is judged against its date (decision 021). */
  event: LiveFacts;
  nowMs: number;
}

// LL2 codes Japanese as "jp"; Settings stores ISO 639-1.
const LANGUAGE_CODE_ALIASES: Record<string, string> = { jp: 'ja' };

export function normaliseLanguageCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim().toLowerCase();
  if (trimmed === undefined || trimmed === '') return null;
  return LANGUAGE_CODE_ALIASES[trimmed] ?? trimmed;
}

/**
 * Groups an event's webcasts by language in the API's priority order and picks the one to offer
 * first: the preferred language wins, then a live stream, then priority. The preferred webcast's
 * group comes first and the webcast leads it; other groups follow by their best priority.
 * Duplicate URLs (LL2 repeats some) are shown once.
 */
export function arrangeWebcasts(
  webcasts: readonly VidUrl[],
  { preferredLanguage, event, nowMs }: ArrangeOptions,
): ArrangedWebcasts {
  const preferredCode = normaliseLanguageCode(preferredLanguage);
  const unique = dedupeByUrl(webcasts);
  const byPriority = unique
    .map((webcast, index) => ({ webcast, index }))
    .sort((a, b) => a.webcast.priority - b.webcast.priority || a.index - b.index)
    .map(({ webcast }) => webcast);

  const rank = (webcast: VidUrl): [number, number] => [
    preferredCode !== null && normaliseLanguageCode(webcast.language?.code) === preferredCode
      ? 0
      : 1,
    isWebcastLive(toWebcastTiming(webcast), event, nowMs) ? 0 : 1,
  ];
  let preferred: VidUrl | undefined;
  for (const webcast of byPriority) {
    if (preferred === undefined || compareRanks(rank(webcast), rank(preferred)) < 0)
      preferred = webcast;
  }

  const groups = new Map<string | null, WebcastGroup>();
  for (const webcast of byPriority) {
    const languageCode = normaliseLanguageCode(webcast.language?.code);
    let group = groups.get(languageCode);
    if (!group) {
      group = {
        languageCode,
        languageName: webcast.language?.name.trim() || 'Language not given',
        webcasts: [],
      };
      groups.set(languageCode, group);
    }
    group.webcasts.push(webcast);
  }

  const ordered = [...groups.values()];
  const leading = ordered.find(
    (group) => preferred !== undefined && group.webcasts.includes(preferred),
  );
  if (leading && preferred) {
    leading.webcasts = [preferred, ...leading.webcasts.filter((webcast) => webcast !== preferred)];
  }
  // Groups were created in priority order, so the rest already follow their best priority.
  return {
    preferred,
    groups: leading ? [leading, ...ordered.filter((group) => group !== leading)] : ordered,
  };
}

function compareRanks(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function dedupeByUrl(webcasts: readonly VidUrl[]): VidUrl[] {
  const seen = new Set<string>();
  return webcasts.filter((webcast) => {
    const key = webcast.url.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
