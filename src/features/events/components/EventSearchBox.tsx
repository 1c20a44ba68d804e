import { useState, type RefObject } from 'react';

interface EventSearchBoxProps {
  value: string;
  onSearch: (search: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The search box. It keeps its own text while typing (the URL holds the trimmed search) and takes
 * the URL's value when that changes from outside: back/forward, a preset, a shared link.
 */
export function EventSearchBox({ value, onSearch, inputRef }: EventSearchBoxProps) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (text.trim() !== value) setText(value);
  }
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label="Search events"
      placeholder="Search events  ( / )"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onSearch(event.target.value);
      }}
      className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-500 focus:border-sky-600 focus:outline-2 focus:outline-sky-600/30 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
    />
  );
}
