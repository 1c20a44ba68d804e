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
