import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { SourceProvider } from '../features/source/SourceProvider.tsx';
import { ScheduledSync } from '../features/sync/components/ScheduledSync.tsx';
import { routerBasename } from '../lib/appBase.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { createQueryClient } from './queryClient.ts';
import { startupReads, type StartupAddress } from './startupReads.ts';

/**
 * The app's one query client, and when to render the app: once the first page's reads, started
 * here, have answered (decision 038). Until then the shell's "Opening" stays on screen.
 */
export function prepareApp(at: StartupAddress): { queryClient: QueryClient; ready: Promise<void> } {
  const queryClient = createQueryClient();
  return { queryClient, ready: startupReads(queryClient, at) };
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <SourceProvider>
          <ScheduledSync />
          {/* Routes live under the build's base (`vite build --base /rendezvous/`). */}
          <BrowserRouter basename={routerBasename()}>
            <AppRoutes />
          </BrowserRouter>
        </SourceProvider>
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
