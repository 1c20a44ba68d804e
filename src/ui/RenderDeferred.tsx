import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders `children(value)` in the background, in slices, when `value` arrives or changes, and
 * `pending` until it first has (React's `useDeferredValue` with a null start).
 *
 * Place it below the component that reads `value` from a store (a React Query result), never in
 * it: React compares every store read of a background render with the store when the render ends,
 * and renders everything again at once, in one task, when one has moved. A query's result object
 * moves while a long page mounts (a refetch starts or ends), so deferring in the reading component
 * rendered the whole app, and the whole detail page, twice on every cold visit (decision 036).
 */
export function RenderDeferred<T extends object>({
  value,
  pending,
  children,
}: {
  value: T;
  pending: ReactNode;
  children: (value: T) => ReactNode;
}) {
  const deferred = useDeferredValue<T | null>(value, null);
  return deferred === null ? pending : children(deferred);
}
