import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { FetchImpl } from '../../api/http.ts';
import { createInMemoryLock } from '../../sync/syncLock.ts';
import { SourceProvider } from '../../features/source/SourceProvider.tsx';
import { inThreadSyncEngine } from '../../sync/worker/testing/inThreadSyncEngine.ts';

/** Renders `ui` inside a fresh QueryClient and SourceProvider, with the scheduler off unless asked. */
export function renderWithSource(
  ui: ReactNode,
  options: { fetchImpl: FetchImpl; scheduled?: boolean },
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SourceProvider
        startSyncEngine={inThreadSyncEngine({
          lock: createInMemoryLock(),
          fetchImpl: options.fetchImpl,
        })}
        scheduled={options.scheduled ?? false}
      >
        {ui}
      </SourceProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}

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
