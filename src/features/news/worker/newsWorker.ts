import { errorData, type EngineEndpoint } from '../../../sync/worker/syncEngineProtocol.ts';
import type { FromNewsWorker, NewsRefreshOrder } from './newsWorkerProtocol.ts';
import { refreshNewsInThread } from './refreshNewsInThread.ts';

// The news worker (decision 035): one refresh per worker, started by refreshNewsInWorker.ts.
const scope: EngineEndpoint<NewsRefreshOrder, FromNewsWorker> = self;
scope.addEventListener('message', (event) => {
  refreshNewsInThread(event.data).then(
    (outcome) => {
      scope.postMessage({ ok: true, outcome });
    },
    (error: unknown) => {
      scope.postMessage({ ok: false, error: errorData(error) });
    },
  );
});
