import { describe, expect, it } from 'vitest';
import { DatePrecisionId, isExactTime, isTimeWithinHour } from './datePrecision.ts';

/** Hour (2) to decade (16): every defined id coarser than a minute. */
const COARSER_THAN_MINUTE = Array.from({ length: 15 }, (_, index) => index + 2);

describe('date precision', () => {
  it('calls second, minute, no precision and ids LL2 has not defined exact', () => {
    for (const id of [null, DatePrecisionId.second, DatePrecisionId.minute, -1, 17])
      expect(isExactTime(id), String(id)).toBe(true);
    for (const id of COARSER_THAN_MINUTE) expect(isExactTime(id), String(id)).toBe(false);
  });

  it('adds hour precision for "within the hour", and nothing coarser', () => {
    expect(isTimeWithinHour(DatePrecisionId.hour)).toBe(true);
    expect(isTimeWithinHour(null)).toBe(true);
    for (const id of COARSER_THAN_MINUTE.slice(1))
      expect(isTimeWithinHour(id), String(id)).toBe(false);
  });
});
