import { openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { refreshNews } from '../utils/refreshNews.ts';
import type { NewsRefresher } from '../worker/newsRefresher.ts';

/** The app's news refresh run in the calling thread, for tests that render without workers. */
export const inThreadNewsRefresher: NewsRefresher = ({ apiBaseUrl, ...order }, signal) =>
  refreshNews({ db: openSourceDatabase(apiBaseUrl), ...order, ...(signal ? { signal } : {}) });
