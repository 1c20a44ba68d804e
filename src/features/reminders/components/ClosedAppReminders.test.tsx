// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordBackgroundCheck } from '../../../db/personalStore.ts';
import { SourceDatabase } from '../../../db/sourceDatabase.ts';
import { renderWithEngine } from '../../../ui/testing/renderWithEngine.tsx';
import { ClosedAppReminders } from './ClosedAppReminders.tsx';

let db: SourceDatabase;

beforeEach(() => {
  db = new SourceDatabase('https://closed-app-reminders.test/2.3.0');
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.delete();
});

function renderSection() {
  return renderWithEngine(
    <MemoryRouter>
      <ClosedAppReminders />
    </MemoryRouter>,
    { db, controller: null },
  );
}

describe('ClosedAppReminders', () => {
  it('says a browser without background sync reminds only while open, and shows a check the service worker records', async () => {
    // Notifications, but no service worker (happy-dom has none): no background sync.
    vi.stubGlobal('Notification', { permission: 'granted' });
    renderSection();
    expect(
      await screen.findByText(/cannot check for changes while Rendezvous is closed/),
    ).toBeTruthy();
    expect(screen.queryByText(/Last background check/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Watchlist' }).getAttribute('href')).toBe('/watchlist');

    // Written as the service worker writes it; the page follows the source's writes. Written until
    // seen: a write before the follower's first read of the table is part of its baseline.
    await waitFor(async () => {
      await recordBackgroundCheck(db, { atMs: Date.now(), requests: 1, notices: 0 });
      expect(
        screen.getByText('Last background check just now: 1 request, nothing new to tell.'),
      ).toBeTruthy();
    });
  });

  it('says when the browser cannot show notifications at all', async () => {
    renderSection();
    expect(await screen.findByText(/This browser cannot show notifications/)).toBeTruthy();
  });
});
