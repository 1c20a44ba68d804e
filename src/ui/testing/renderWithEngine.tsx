import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { SourceDatabase } from '../../db/sourceDatabase.ts';
import type { SyncController } from '../../sync/syncController.ts';
import {
  SourceContext,
  SyncControllerContext,
  SyncEngineErrorContext,
} from '../source/sourceContext.ts';
import { SourceWritesFollower } from '../source/SourceWritesFollower.tsx';

interface EngineState {
  db: SourceDatabase;
  /** null: the sync code is still loading. */
  controller: SyncController | null;
  /** Why the sync code could not be loaded. */
  error?: Error | null;
}

/**
 * Renders `ui` with the source's engine in a given state, e.g. still loading, which the real
 * provider passes through too quickly to test. `rerender` moves to another state.
 */
export function renderWithEngine(ui: ReactNode, state: EngineState) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const tree = ({ db, controller, error = null }: EngineState) => (
    <QueryClientProvider client={queryClient}>
      <SourceContext value={{ apiBaseUrl: db.apiBaseUrl, db }}>
        <SourceWritesFollower />
        <SyncControllerContext value={controller}>
          <SyncEngineErrorContext value={error}>{ui}</SyncEngineErrorContext>
        </SyncControllerContext>
      </SourceContext>
    </QueryClientProvider>
  );
  const view = render(tree(state));
  return {
    queryClient,
    rerender: (next: EngineState) => {
      view.rerender(tree(next));
    },
  };
}
