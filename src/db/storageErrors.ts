/** True when IndexedDB refused a write because the device's storage quota is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the DOMException; the name is kept on the wrapper and on `inner`.
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name === 'QuotaExceededError';
}
