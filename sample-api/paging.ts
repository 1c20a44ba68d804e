/** LimitOffsetPagination as DRF does it: default 10, at most 100, bad values fall back. */
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export interface PageWindow {
  limit: number;
  offset: number;
}

function positiveInteger(raw: string | null, strict: boolean): number | null {
  if (raw === null || !/^\s*[+-]?\d+\s*$/.test(raw)) return null;
  const value = Number(raw);
  if (value < 0 || (strict && value === 0)) return null;
  return value;
}

export function readPageWindow(params: URLSearchParams): PageWindow {
  const limit = positiveInteger(params.get('limit'), true);
  return {
    limit: limit === null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT),
    offset: positiveInteger(params.get('offset'), false) ?? 0,
  };
}

/** DRF rebuilds the query with its keys sorted; repeated parameters keep all their values. */
function withParams(requestUrl: URL, changes: Record<string, string | null>): string {
  const entries = [...requestUrl.searchParams.entries()].filter(([key]) => !(key in changes));
  for (const [key, value] of Object.entries(changes))
    if (value !== null) entries.push([key, value]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(entries).toString();
  return `${requestUrl.origin}${requestUrl.pathname}${query ? `?${query}` : ''}`;
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** One page of `items` with absolute `next`/`previous` links built from the request URL. */
export function paginate<T>(items: readonly T[], window: PageWindow, requestUrl: URL): Page<T> {
  const { limit, offset } = window;
  const count = items.length;
  const next =
    offset + limit < count
      ? withParams(requestUrl, { limit: String(limit), offset: String(offset + limit) })
      : null;
  let previous: string | null = null;
  if (offset > 0) {
    previous =
      offset - limit <= 0
        ? withParams(requestUrl, { limit: String(limit), offset: null })
        : withParams(requestUrl, { limit: String(limit), offset: String(offset - limit) });
  }
  return { count, next, previous, results: items.slice(offset, offset + limit) };
}
