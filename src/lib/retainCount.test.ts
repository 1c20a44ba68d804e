import { afterEach, describe, expect, it, vi } from 'vitest';
import { retainCount } from './retainCount.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('retainCount', () => {
  it('runs onIdle a tick after the last holder lets go, once per idle', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const retain = retainCount(onIdle);
    const first = retain();
    const second = retain();

    first();
    first();
    vi.runAllTimers();
    expect(onIdle).not.toHaveBeenCalled();

    second();
    vi.runAllTimers();
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('does not run onIdle when someone takes hold again within the tick (a StrictMode remount)', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const retain = retainCount(onIdle);

    retain()();
    const again = retain();
    vi.runAllTimers();
    expect(onIdle).not.toHaveBeenCalled();

    again();
    vi.runAllTimers();
    expect(onIdle).toHaveBeenCalledOnce();
  });
});
