import { describe, expect, it } from 'vitest';
import { eventPresets, startOfWeek } from './eventPresets.ts';

// Wednesday 15 July 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 6, 15, 10);

describe('eventPresets', () => {
  it('links each preset to a view with the API parameter names', () => {
    expect(eventPresets(NOW, 'utc')).toEqual([
      { label: 'Upcoming dockings', href: '/events/upcoming?type__ids=2' },
      { label: 'Spacewalks', href: '/events/upcoming?type__ids=3' },
      { label: 'Live now', href: '/events?webcast_live=true' },
      {
        label: 'This week',
        href: '/events?date__gte=2026-07-13&date__lt=2026-07-20&ordering=date',
      },
    ]);
  });
});

describe('startOfWeek', () => {
  it('is Monday midnight in UTC', () => {
    expect(startOfWeek(NOW, 'utc')).toBe(Date.UTC(2026, 6, 13));
    expect(startOfWeek(Date.UTC(2026, 6, 19, 23), 'utc')).toBe(Date.UTC(2026, 6, 13));
    expect(startOfWeek(Date.UTC(2026, 6, 20), 'utc')).toBe(Date.UTC(2026, 6, 20));
  });

  it('is a local Monday midnight in the viewer zone', () => {
    const start = new Date(startOfWeek(NOW, 'local'));
    expect(start.getDay()).toBe(1);
    expect([start.getHours(), start.getMinutes()]).toEqual([0, 0]);
    expect(NOW - start.getTime()).toBeLessThan(7 * 86_400_000);
  });
});
