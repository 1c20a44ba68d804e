import { useEffect, useState } from 'react';
import { backgroundSyncSupport, type BackgroundSyncSupport } from '../utils/backgroundSync.ts';

/** What the browser offers for syncing with the app closed; null until it has answered. */
export function useBackgroundSyncSupport(): BackgroundSyncSupport | null {
  const [support, setSupport] = useState<BackgroundSyncSupport | null>(null);
  useEffect(() => {
    let current = true;
    backgroundSyncSupport().then(
      (answer) => {
        if (current) setSupport(answer);
      },
      () => {
        if (current) setSupport('unsupported');
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return support;
}
