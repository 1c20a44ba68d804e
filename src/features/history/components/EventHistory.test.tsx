// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeChange, makeDateMove } from '../../../db/testing/eventChangeFactory.ts';
import { EventHistory } from './EventHistory.tsx';

afterEach(cleanup);

const FORMAT = { timeZone: 'utc' as const, now: Date.parse('2026-03-01T00:00:00Z') };
const T0 = Date.parse('2026-03-01T08:00:00Z');
const HOUR = 3_600_000;

describe('EventHistory', () => {
  it('sums up the date moves and lists every change, newest first', () => {
    render(
      <EventHistory
        format={FORMAT}
        changes={[
          makeDateMove(2 * 24 * HOUR, T0, '2026-04-10T10:00:00Z'),
          makeDateMove(HOUR, T0 + HOUR, '2026-04-12T10:00:00Z'),
          makeChange(
            { kind: 'webcast-added', url: 'https://x.test', title: 'Coverage', live: false },
            { detectedAtMs: T0 + HOUR },
          ),
          makeDateMove(-30 * 60_000, T0 + 2 * HOUR, '2026-04-12T11:00:00Z'),
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'History' });
    expect(within(section).getByText('Date moved 3 times: +2 d, +1 h, \u221230 min')).toBeTruthy();
    const entries = within(section)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.tagName === 'OL');
    expect(entries.map((entry) => entry.querySelector('p')?.textContent)).toEqual([
      'Seen 1 Mar, 10:00 UTC',
      'Seen 1 Mar, 09:00 UTC',
      'Seen 1 Mar, 08:00 UTC',
    ]);
    expect(entries[1]?.textContent).toContain('Webcast addedCoverage');
    expect(entries[2]?.textContent).toContain(
      '10 April 2026, 10:00 UTC → 12 April 2026, 10:00 UTC',
    );
  });

  it('renders nothing without recorded changes', () => {
    const { container } = render(<EventHistory format={FORMAT} changes={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
