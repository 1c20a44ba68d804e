import type { RefObject } from 'react';

interface EventSearchBoxProps {
  /** The text being typed; the list page holds it and writes it to the URL once typing pauses. */
  value: string;
  onSearch: (search: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The search box. */
export function EventSearchBox({ value, onSearch, inputRef }: EventSearchBoxProps) {
  return (
    <input
      ref={inputRef}
      type="search"
      aria-label="Search events"
      placeholder="Search events  ( / )"
      value={value}
      onChange={(event) => {
        onSearch(event.target.value);
      }}
      className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-500 focus:border-sky-600 focus:outline-2 focus:outline-sky-600/30 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400"
    />
  );
}
