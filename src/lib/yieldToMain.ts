/**
 * Lets the browser paint and answer input between slices of long work on the main thread
 * (`scheduler.yield` where the browser has it, a macrotask otherwise).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
