import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Whether the CSS media query matches now, following changes (a window resized, a phone turned,
 * the system switching to dark at dusk). False where the environment has no `matchMedia`. One
 * listener per query, however often the component renders.
 */
export function useMediaQuery(query: string): boolean {
  const media = useMemo(
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query) : null),
    [query],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (media === null) return () => undefined;
      media.addEventListener('change', onChange);
      return () => {
        media.removeEventListener('change', onChange);
      };
    },
    [media],
  );
  return useSyncExternalStore(subscribe, () => media?.matches ?? false);
}
