// Starts the locale-data worker (localeDataWorker.ts, decision 035). Imported first by main.tsx, so
// the worker loads the data while the app's script is still being evaluated; where workers are
// missing or fail, the first formatter loads the data itself, as it would anyway.
if (typeof Worker !== 'undefined') {
  try {
    new Worker(new URL('./localeDataWorker.ts', import.meta.url), {
      type: 'module',
      name: 'Rendezvous locale data',
    });
  } catch {
    // Nothing is lost: formatting still works, it only pays the first cost on the page.
  }
}
