import type { FetchImpl } from '../http.ts';

/** A fetch that answers every events request with one page holding `events`, and counts calls. */
export function pageFetch(events: readonly unknown[]): FetchImpl & { calls: string[] } {
  const calls: string[] = [];
  const fetchImpl = (url: string) => {
    calls.push(url);
    const body = { count: events.length, next: null, previous: null, results: events };
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  };
  return Object.assign(fetchImpl, { calls });
}

/** A fetch that fails like an unreachable host. */
export const unreachableFetch: FetchImpl = () => Promise.reject(new TypeError('Failed to fetch'));
