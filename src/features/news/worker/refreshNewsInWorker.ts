import { errorFromData } from '../../../sync/worker/syncEngineProtocol.ts';
import type { FromNewsWorker, NewsRefreshOrder } from './newsWorkerProtocol.ts';
import type { NewsRefreshOutcome } from '../utils/refreshNews.ts';

/**
 * One news refresh in a worker of its own, ended when it answers (decision 035). Loading the news
 * client and zod, checking the answers and writing them to IndexedDB all happen off the page's
 * main thread; the page only gets the outcome. An abort ends the worker, which aborts its
 * unfinished transaction, and rejects as the in-page refresh would: with an AbortError.
 */
export function refreshNewsInWorker(
  order: NewsRefreshOrder,
  signal?: AbortSignal,
): Promise<NewsRefreshOutcome> {
  if (signal?.aborted) return Promise.reject(abortError());
  const worker = new Worker(new URL('./newsWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Rendezvous news',
  });
  return new Promise<NewsRefreshOutcome>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('error', () => {
      end();
      reject(new Error('The news worker could not be started.'));
    });
    worker.addEventListener('message', (event: MessageEvent<FromNewsWorker>) => {
      end();
      const answer = event.data;
      if (answer.ok) resolve(answer.outcome);
      else reject(errorFromData(answer.error));
    });
    worker.postMessage(order);
  });
}

function abortError(): DOMException {
  return new DOMException('The news refresh was aborted.', 'AbortError');
}
