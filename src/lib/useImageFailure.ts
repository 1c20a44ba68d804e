import { useState } from 'react';

/**
 * Whether the image at `src` failed to load, and the `onError` handler that records it. A picture
 * from another host can be gone, blocked or never cached for offline use; the caller then draws a
 * plain placeholder instead of the browser's broken-image icon. A new `src` is tried afresh.
 */
export function useImageFailure(src: string | null): { failed: boolean; onError: () => void } {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  return {
    failed: src !== null && failedSrc === src,
    onError: () => {
      setFailedSrc(src);
    },
  };
}
