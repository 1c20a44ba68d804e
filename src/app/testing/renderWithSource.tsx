import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { FetchImpl } from '../../api/http.ts';
import { createInMemoryLock } from '../../sync/syncLock.ts';
import { SourceProvider } from '../../features/source/SourceProvider.tsx';
import { NewsRefresherContext } from '../../features/news/worker/newsRefresher.ts';
import { refreshNewsInThread } from '../../features/news/worker/refreshNewsInThread.ts';
import { ScheduledSync } from '../../features/sync/components/ScheduledSync.tsx';
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
      <NewsRefresherContext value={refreshNewsInThread}>
        <SourceProvider
          startSyncEngine={inThreadSyncEngine({
            lock: createInMemoryLock(),
            fetchImpl: options.fetchImpl,
          })}
        >
          {options.scheduled === true && <ScheduledSync />}
          {ui}
        </SourceProvider>
      </NewsRefresherContext>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}
