// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_URL_DELAY_MS, useSearchText } from './useSearchText.ts';

/** The hook over a URL that the test moves by hand, as a slow navigation would. */
function renderSearchText(initialUrlSearch: string) {
  const writes: string[] = [];
  const view = renderHook(
    ({ urlSearch }: { urlSearch: string }) =>
      useSearchText(urlSearch, (search) => {
        writes.push(search);
      }),
    { initialProps: { urlSearch: initialUrlSearch } },
  );
  return {
    writes,
    text: () => view.result.current[0],
    type: (text: string) => {
      act(() => {
        view.result.current[1](text);
      });
    },
    pause: () => {
      act(() => {
        vi.advanceTimersByTime(SEARCH_URL_DELAY_MS);
      });
    },
    urlBecomes: (urlSearch: string) => {
      act(() => {
        view.rerender({ urlSearch });
      });
    },
  };
}

describe('useSearchText', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the text to the URL once typing pauses', () => {
    const box = renderSearchText('');
    box.type('s');
    box.type('so');
    expect(box.writes).toEqual([]);
    box.pause();
    expect(box.writes).toEqual(['so']);
  });

  it('keeps a letter typed while its own write is still reaching the URL', () => {
    const box = renderSearchText('');
    box.type('soyuz');
    box.pause();
    expect(box.writes).toEqual(['soyuz']);
    // The navigation has not committed yet (a large archive), and the person types on.
    box.type('soyuz d');
    box.urlBecomes('soyuz');
    expect(box.text()).toBe('soyuz d');
    box.pause();
    expect(box.writes).toEqual(['soyuz', 'soyuz d']);
  });

  it('keeps the first letter of a new word typed while clearing reaches the URL', () => {
    const box = renderSearchText('crew dragon iss');
    box.type('');
    box.pause();
    expect(box.writes).toEqual(['']);
    box.type('s');
    box.urlBecomes('');
    expect(box.text()).toBe('s');
  });

  it('follows a change of the URL from outside and drops the write still waiting', () => {
    const box = renderSearchText('soyuz');
    box.type('soyuz d');
    // Back, or a preset, before the pause ends.
    box.urlBecomes('dragon');
    expect(box.text()).toBe('dragon');
    box.pause();
    expect(box.writes).toEqual([]);
  });

  it('follows the URL from outside after its own write has landed', () => {
    const box = renderSearchText('');
    box.type('eva');
    box.pause();
    box.urlBecomes('eva');
    expect(box.text()).toBe('eva');
    box.urlBecomes('');
    expect(box.text()).toBe('');
  });
});
