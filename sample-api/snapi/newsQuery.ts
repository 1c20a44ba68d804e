import { paginate, type Page } from '../paging.ts';
import type { NewsKind, ServedNewsItem } from './generateNews.ts';

/** SNAPI's LimitOffsetPagination: default 10, at most 500; bad values fall back to the defaults. */
export const NEWS_DEFAULT_LIMIT = 10;
export const NEWS_MAX_LIMIT = 500;

const KIND_OF_PATH: Record<string, NewsKind> = {
  articles: 'article',
  blogs: 'blog',
  reports: 'report',
};

export interface NewsAnswer {
  status: number;
  body: unknown;
}

const NOT_FOUND: NewsAnswer = { status: 404, body: { detail: 'Not found.' } };

function wholeNumber(raw: string | null, positive: boolean): number | null {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return null;
  const value = Number(raw);
  return positive && value === 0 ? null : value;
}

function publishedMs(item: ServedNewsItem): number {
  const ms = typeof item.published_at === 'string' ? Date.parse(item.published_at) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

function eventIdsOf(item: ServedNewsItem): number[] {
  const events = Array.isArray(item.events) ? (item.events as unknown[]) : [];
  return events.flatMap((ref) =>
    typeof ref === 'object' && ref !== null && 'event_id' in ref && typeof ref.event_id === 'number'
      ? [ref.event_id]
      : [],
  );
}

function textOf(item: ServedNewsItem): string {
  const title = typeof item.title === 'string' ? item.title : '';
  const summary = typeof item.summary === 'string' ? item.summary : '';
  return `${title} ${summary}`.toLowerCase();
}

/** What an item looks like on the wire: SNAPI has no `kind` field, the path says it. */
function represent(item: ServedNewsItem): Record<string, unknown> {
  const { kind: _kind, ...record } = item;
  return record;
}

/**
 * Answers one SNAPI v4 GET (`path` relative to the mount, with a trailing slash):
 * `/articles/`, `/blogs/`, `/reports/` with `event` (comma list of LL2 event ids), `limit`,
 * `offset`, `ordering` (`-published_at` default, `published_at`), `search` (every term in the
 * title or summary); and `/<kind>/<id>/`.
 */
export function answerNewsRequest(
  path: string,
  requestUrl: URL,
  items: readonly ServedNewsItem[],
): NewsAnswer {
  const [collection, idSegment, ...rest] = path.split('/').filter((segment) => segment !== '');
  const kind = collection === undefined ? undefined : KIND_OF_PATH[collection];
  if (kind === undefined || rest.length > 0) return NOT_FOUND;
  const ofKind = items.filter((item) => item.kind === kind);
  if (idSegment !== undefined) {
    const found = /^\d+$/.test(idSegment)
      ? ofKind.find((item) => item.id === Number(idSegment))
      : undefined;
    return found ? { status: 200, body: represent(found) } : NOT_FOUND;
  }
  const params = requestUrl.searchParams;
  let selected = ofKind;
  const eventParam = params.get('event');
  if (eventParam !== null && eventParam.trim() !== '') {
    const parts = eventParam.split(',').map((part) => part.trim());
    if (parts.some((part) => !/^\d+$/.test(part))) {
      return { status: 400, body: { event: ['Enter a whole number.'] } };
    }
    const wanted = new Set(parts.map(Number));
    selected = selected.filter((item) => eventIdsOf(item).some((id) => wanted.has(id)));
  }
  const search = params.get('search');
  if (search !== null && search.trim() !== '') {
    const terms = search
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((term) => term !== '');
    selected = selected.filter((item) => terms.every((term) => textOf(item).includes(term)));
  }
  const ascending = params.get('ordering')?.trim() === 'published_at';
  selected = [...selected].sort((a, b) => {
    const byDate = ascending ? publishedMs(a) - publishedMs(b) : publishedMs(b) - publishedMs(a);
    return byDate !== 0 ? byDate : Number(b.id) - Number(a.id);
  });
  const limit = wholeNumber(params.get('limit'), true);
  const page: Page<ServedNewsItem> = paginate(
    selected,
    {
      limit: limit === null ? NEWS_DEFAULT_LIMIT : Math.min(limit, NEWS_MAX_LIMIT),
      offset: wholeNumber(params.get('offset'), false) ?? 0,
    },
    requestUrl,
  );
  return { status: 200, body: { ...page, results: page.results.map(represent) } };
}
