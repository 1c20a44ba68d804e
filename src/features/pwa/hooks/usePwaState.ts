import { useSyncExternalStore } from 'react';
import { pwaStore, type PwaState } from '../pwaState.ts';

export function usePwaState(): PwaState {
  return useSyncExternalStore(pwaStore.subscribe, pwaStore.get, pwaStore.get);
}
