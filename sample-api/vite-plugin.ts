import type { Plugin } from 'vite';

/** Mounts the sample LL2 server under /sample-api/ in dev and preview. (Replaced by the sample-api owner.) */
export function sampleApiPlugin(): Plugin {
  return { name: 'rendezvous-sample-api' };
}
