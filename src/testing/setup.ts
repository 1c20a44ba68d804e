import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';

// A console.error during a unit test is a bug the test did not notice: fail loudly.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  if (consoleErrors.length > 0) {
    const first = consoleErrors[0]?.map(String).join(' ') ?? '';
    throw new Error(`console.error was called ${consoleErrors.length} time(s): ${first}`);
  }
});

// Never the live Spaceflight News API: a rendered News section (its default source is production)
// fails at once instead. News tests start the sample server's stand-in and pass its URL.
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.startsWith('https://api.spaceflightnewsapi.net/')) {
    return Promise.reject(new TypeError(`Unit tests never call the live news API (${url})`));
  }
  return realFetch(input, init);
};
