import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { SyncController } from '../../sync/syncController.ts';
import { SourceContext, SyncControllerContext } from '../source/sourceContext.ts';
import { SourceWritesFollower } from '../source/SourceWritesFollower.tsx';

/**
 * Renders `routes` in a memory router opened at `path`, inside a fresh QueryClient and the source
 * of `db`. A `controller`, when given, is the source's sync controller; without one the page sees
 * none, as outside SourceProvider; a test that passes null sees the sync code as still loading. Like SourceProvider, it follows the source's writes. Returns the router, so a test can read or change the address.
 */
export function renderRoutesWithSource(
  db: SourceDatabase,
  routes: RouteObject[],
  path: string,
  options: { controller?: SyncController } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const page = <RouterProvider router={router} />;
  render(
    <QueryClientProvider client={queryClient}>
      <SourceContext value={{ apiBaseUrl: db.apiBaseUrl, db }}>
        <SourceWritesFollower />
        <SyncControllerContext value={options.controller ?? null}>{page}</SyncControllerContext>
      </SourceContext>
    </QueryClientProvider>,
  );
  return router;
}
