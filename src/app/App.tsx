import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { SourceProvider } from '../features/source/SourceProvider.tsx';
import { ScheduledSync } from '../features/sync/components/ScheduledSync.tsx';
import { routerBasename } from '../lib/appBase.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { createQueryClient } from './queryClient.ts';

export function App() {
  const [queryClient] = useState(createQueryClient);
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
