/**
 * A `retain()` for something several owners share: each call returns its release (calling it
 * twice counts once), and `onIdle` runs when the last holder has let go and nobody took hold again
 * within a tick — so React StrictMode's unmount-and-remount in development does not stop it.
 */
export function retainCount(onIdle: () => void): () => () => void {
  let holders = 0;
  return () => {
    holders += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      holders -= 1;
      setTimeout(() => {
        if (holders === 0) onIdle();
      }, 0);
    };
  };
}
