import { openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { errorData, type EngineEndpoint } from '../../../sync/worker/syncEngineProtocol.ts';
import { refreshNews } from '../utils/refreshNews.ts';
import type { FromNewsWorker, NewsRefreshOrder } from './newsWorkerProtocol.ts';

// The news worker (decision 035): one refresh per worker, started by refreshNewsInWorker.ts.
const scope: EngineEndpoint<NewsRefreshOrder, FromNewsWorker> = self;
scope.addEventListener('message', (event) => {
  const { apiBaseUrl, ...order } = event.data;
  refreshNews({ db: openSourceDatabase(apiBaseUrl), ...order }).then(
    (outcome) => {
      scope.postMessage({ ok: true, outcome });
    },
    (error: unknown) => {
      scope.postMessage({ ok: false, error: errorData(error) });
    },
  );
});
