import type { Plugin } from 'vite';
import { createSampleApi, type SampleApiOptions } from './server.ts';

/** Where the app finds the built-in sample data: same origin as the app. */
export const SAMPLE_API_MOUNT = '/sample-api/2.3.0';
/** The Spaceflight News API stand-in beside it (see sample-api/snapi/). */
export const SAMPLE_NEWS_MOUNT = '/sample-api/snapi/v4';

/**
 * Mounts the sample LL2 server at /sample-api/2.3.0 in `vite` dev and `vite preview`, so `npm start`
 * serves the app and its offline stand-in on one origin. One data set serves both servers of a process.
 */
export function sampleApiPlugin(options: Omit<SampleApiOptions, 'basePath'> = {}): Plugin {
  let api: ReturnType<typeof createSampleApi> | null = null;
  const sampleApi = () =>
    (api ??= createSampleApi({
      ...options,
      basePath: SAMPLE_API_MOUNT,
      newsBasePath: SAMPLE_NEWS_MOUNT,
    }));
  return {
    name: 'rendezvous-sample-api',
    // In `vite` dev the app's news comes from the stand-in, unless VITE_SNAPI_URL says otherwise.
    config(_config, { command, mode }) {
      if (command !== 'serve' || mode !== 'development' || process.env.VITE_SNAPI_URL !== undefined)
        return undefined;
      return { define: { 'import.meta.env.VITE_SNAPI_URL': JSON.stringify(SAMPLE_NEWS_MOUNT) } };
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        sampleApi().handler(req, res, next);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        sampleApi().handler(req, res, next);
      });
    },
  };
}
