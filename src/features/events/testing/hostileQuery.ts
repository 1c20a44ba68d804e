/*
 * Building blocks for tests that hand the event lists hostile query strings: the property tests of
 * the filter parser and the end-to-end run over the real pages. Plain data and URLSearchParams
 * only, so both the app's and the end-to-end TypeScript projects can import it.
 */

/** Every query parameter the event lists read, as the API spells it. */
export const EVENT_FILTER_PARAMS = [
  'search',
  'type__ids',
  'type',
  'agency__ids',
  'program',
  'spacestation__ids',
  'year',
  'month',
  'day',
  'date__gte',
  'date__gt',
  'date__lte',
  'date__lt',
  'date__gt__lt',
  'has_webcast',
  'webcast_live',
  'ordering',
] as const;

/** A query from `[key, value]` pairs, keeping repeated keys and the order they came in. */
export function queryFromPairs(pairs: readonly (readonly [string, string])[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) params.append(key, value);
  return params;
}
