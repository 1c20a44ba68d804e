import { useEffect, useRef, type RefObject } from 'react';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Index of the list row holding the focused element, or -1. */
function focusedRowIndex(): number {
  const row = document.activeElement?.closest<HTMLElement>('[data-index]');
  return row ? Number(row.dataset.index) : -1;
}

/**
 * The list's keys: `/` focuses the search box, `j`/`k` move to the next/previous event (Enter then
 * opens it, as on any link). Ignored while typing in a field or with a modifier held.
 */
export function useListKeyboard(
  searchRef: RefObject<HTMLInputElement | null>,
  rowCount: number,
  onMoveTo: (index: number) => void,
): void {
  const latest = useRef({ rowCount, onMoveTo });
  useEffect(() => {
    latest.current = { rowCount, onMoveTo };
  });
  useEffect(() => {
    // A row asked for but not focused yet (it may first have to be scrolled into the DOM): keys
    // pressed quickly in a row count from it, not from the row that still has focus.
    let pending: number | null = null;
    const onFocusIn = () => {
      pending = null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const { rowCount: count, onMoveTo: moveTo } = latest.current;
      if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if ((event.key === 'j' || event.key === 'k') && count > 0) {
        event.preventDefault();
        const current = pending ?? focusedRowIndex();
        const next =
          event.key === 'j' ? Math.min(count - 1, current + 1) : Math.max(0, current - 1);
        pending = next;
        moveTo(next);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [searchRef]);
}
