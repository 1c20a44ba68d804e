import { describe, expect, it } from 'vitest';
import { formatCount, formatCountOf } from './formatCount.ts';

describe('formatCount', () => {
  it('groups thousands with commas, as the list has always shown them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatCount(1234)).toBe((1234).toLocaleString('en-US'));
  });
});

describe('formatCountOf', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(formatCountOf(1, 'event', 'events')).toBe('1 event');
    expect(formatCountOf(0, 'event', 'events')).toBe('0 events');
    expect(formatCountOf(12_345, 'request', 'requests')).toBe('12,345 requests');
  });
});
