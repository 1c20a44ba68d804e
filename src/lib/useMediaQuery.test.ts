// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './useMediaQuery.ts';

/** A MediaQueryList whose `matches` the test sets, counting its listeners. */
class FakeMediaQueryList extends EventTarget {
  matches = false;
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners += 1;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners -= 1;
    super.removeEventListener(...args);
  }
  set(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useMediaQuery', () => {
  it('follows the query as it starts and stops matching, with one listener across renders', () => {
    const media = new FakeMediaQueryList();
    const matchMedia = vi.fn(() => media);
    vi.stubGlobal('matchMedia', matchMedia);
    const { result, rerender, unmount } = renderHook(() => useMediaQuery('(min-width: 64rem)'));

    expect(result.current).toBe(false);
    act(() => {
      media.set(true);
    });
    expect(result.current).toBe(true);
    rerender();
    rerender();
    expect(media.listeners).toBe(1);
    expect(matchMedia).toHaveBeenCalledOnce();

    unmount();
    expect(media.listeners).toBe(0);
  });
});
