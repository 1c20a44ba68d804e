import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders `children` only after the page around them has committed, in a transition of their own:
 * a long page then mounts in two commits, each with its own layout, instead of one task as long as
 * both (decision 036). What it holds must be below what a person sees first.
 */
export function MountAfterCommit({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setMounted(true);
    });
  }, []);
  return mounted ? children : null;
}
