import type { Plugin } from 'vite';
import { createSampleApi, type SampleApiOptions } from './server.ts';
import { replayedEvents, replayRequestFromEnv } from './replay/replaySource.ts';

/** Where the app finds the built-in sample data: same origin as the app. */
export const SAMPLE_API_MOUNT = '/sample-api/2.3.0';
/** The Spaceflight News API stand-in beside it (see sample-api/snapi/). */
export const SAMPLE_NEWS_MOUNT = '/sample-api/snapi/v4';

/**
 * The options `npm run dev` / `npm start` use: generated events, or with `SAMPLE_API_DATA` (and
 * optionally `SAMPLE_API_SCALE`) the recorded LL2 responses there, replayed.
 */
export function sampleApiOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Omit<SampleApiOptions, 'basePath'> {
  const request = replayRequestFromEnv(env);
  if (request === null) return {};
  const replay = replayedEvents(request);
  console.log(`Sample API replays ${replay.description}`);
  return { events: replay.events };
}

/**
 * Mounts the sample LL2 server at /sample-api/2.3.0 in `vite` dev and `vite preview`, so `npm start`
 * serves the app and its offline stand-in on one origin. One data set serves both servers of a process.
 */
export function sampleApiPlugin(
  options: Omit<SampleApiOptions, 'basePath'> | (() => Omit<SampleApiOptions, 'basePath'>) = {},
): Plugin {
  let api: ReturnType<typeof createSampleApi> | null = null;
  // Built on the first request, so `vite build` never reads or generates data it does not serve.
  const sampleApi = () =>
    (api ??= createSampleApi({
      ...(typeof options === 'function' ? options() : options),
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
