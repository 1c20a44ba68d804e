import { describe, expect, it } from 'vitest';
import { parseThrottleWait } from './throttleWait.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const BODY = 'Request was throttled. Expected available in 123 seconds.';

describe('parseThrottleWait', () => {
  it('reads Retry-After seconds', () => {
    expect(parseThrottleWait('840', null, NOW)).toBe(840);
    expect(parseThrottleWait(' 0 ', undefined, NOW)).toBe(0);
  });

  it('reads a Retry-After HTTP date', () => {
    expect(parseThrottleWait('Thu, 01 Jan 2026 12:02:00 GMT', null, NOW)).toBe(120);
    expect(parseThrottleWait('Thu, 01 Jan 2026 11:00:00 GMT', null, NOW)).toBe(0);
  });

  it('reads the body text when the header is hidden (CORS)', () => {
    expect(parseThrottleWait(null, BODY, NOW)).toBe(123);
    expect(
      parseThrottleWait(null, 'Request was throttled. Expected available in 1 second.', NOW),
    ).toBe(1);
    expect(parseThrottleWait(null, 'Expected available in 2.5 seconds.', NOW)).toBe(3);
  });

  it('takes the longer wait when both say', () => {
    expect(parseThrottleWait('100', BODY, NOW)).toBe(123);
    expect(parseThrottleWait('200', BODY, NOW)).toBe(200);
  });

  it('is null when nothing says how long', () => {
    expect(parseThrottleWait(null, null, NOW)).toBeNull();
    expect(parseThrottleWait('soon', 'Request was throttled.', NOW)).toBeNull();
    expect(parseThrottleWait('', '', NOW)).toBeNull();
  });
});
