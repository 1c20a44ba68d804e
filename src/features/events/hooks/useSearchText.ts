import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before the search is written to the URL. */
export const SEARCH_URL_DELAY_MS = 300;

/**
 * The search box's text. It is held here while the person types, so a keystroke re-renders the
 * list page only, and is written to the URL (`writeSearch`) once typing pauses for
 * `SEARCH_URL_DELAY_MS`: a navigation re-renders everything that reads the location, which has no
 * place on the keystroke's path (decision 024).
 *
 * `urlSearch` is the URL's search. When it changes from outside (back/forward, a preset, a shared
 * link), the text follows it and a write still waiting is dropped; when it changes because of this
 * hook's own write, the text (perhaps typed on meanwhile) is kept. A navigation over a large
 * archive can take longer to commit than a person takes to type the next letter, so "its own
 * write" is remembered, not inferred from the text: a letter typed while the URL catches up is
 * never taken back.
 */
export function useSearchText(
  urlSearch: string,
  writeSearch: (search: string) => void,
): [text: string, setText: (text: string) => void] {
  const [text, setTextNow] = useState(urlSearch);
  const [lastUrlSearch, setLastUrlSearch] = useState(urlSearch);
  // The search this hook last wrote to the URL, until the URL shows it.
  const [ownWrite, setOwnWrite] = useState<string | null>(null);
  if (urlSearch !== lastUrlSearch) {
    setLastUrlSearch(urlSearch);
    // The URL holds the trimmed search: "soyuz " is still the text of "soyuz".
    if (ownWrite !== null && ownWrite.trim() === urlSearch.trim()) setOwnWrite(null);
    else if (text.trim() !== urlSearch.trim()) setTextNow(urlSearch);
  }

  // What the timer compares with when it fires: a write the URL has overtaken is dropped.
  const latest = useRef({ text, urlSearch, writeSearch });
  useEffect(() => {
    latest.current = { text, urlSearch, writeSearch };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const setText = useCallback((next: string) => {
    setTextNow(next);
    clearTimeout(timer.current);
    // The page typed on. A row opened within the pause changes the address at once, but this page
    // stays mounted until the router's transition commits; a write then would navigate back here.
    const typedOn = window.location.pathname;
    timer.current = setTimeout(() => {
      const now = latest.current;
      if (window.location.pathname !== typedOn) return;
      // The text moved on since (the URL changed it back, or this write is already there).
      if (now.text !== next || now.urlSearch.trim() === next.trim()) return;
      setOwnWrite(next);
      now.writeSearch(next);
    }, SEARCH_URL_DELAY_MS);
  }, []);

  return [text, setText];
}
