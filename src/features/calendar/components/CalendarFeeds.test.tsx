// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarFeeds } from './CalendarFeeds.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CalendarFeeds', () => {
  it('offers each feed as a webcal: Subscribe link and an https address to copy', async () => {
    render(<CalendarFeeds snapshotFolder="https://example.github.io/rendezvous/snapshot/" />);
    expect(
      screen
        .getByRole('link', { name: 'Subscribe to dockings and berthings' })
        .getAttribute('href'),
    ).toBe('webcal://example.github.io/rendezvous/snapshot/feeds/dockings.ics');
    expect(screen.getByRole('link', { name: 'Subscribe to spacewalks' }).getAttribute('href')).toBe(
      'webcal://example.github.io/rendezvous/snapshot/feeds/spacewalks.ics',
    );
    const address = screen.getByRole('textbox', { name: 'Address of the upcoming events feed' });
    expect((address as HTMLInputElement).value).toBe(
      'https://example.github.io/rendezvous/snapshot/feeds/upcoming.ics',
    );
    expect(screen.getByText(/even while Rendezvous is closed/)).toBeTruthy();

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(
      screen.getByRole('button', { name: 'Copy the upcoming events feed address' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      'https://example.github.io/rendezvous/snapshot/feeds/upcoming.ics',
    );
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('says there are no feeds, and what to do instead, when the build publishes none', () => {
    render(<CalendarFeeds snapshotFolder={null} />);
    expect(screen.getByText(/publishes no calendar feeds/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
