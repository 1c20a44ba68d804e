// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './ShareButton.tsx';

/** happy-dom has neither Web Share nor a clipboard: give `navigator` the ones a test needs. */
function stubNavigator(parts: { share?: unknown; clipboard?: unknown }) {
  for (const [key, value] of Object.entries(parts)) {
    Object.defineProperty(navigator, key, { value, configurable: true });
  }
}

afterEach(() => {
  cleanup();
  for (const key of ['share', 'clipboard']) Reflect.deleteProperty(navigator, key);
});

describe('ShareButton', () => {
  it('copies the current page link where there is no share sheet and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubNavigator({ clipboard: { writeText } });
    render(<ShareButton title="Upcoming dockings" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Link copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(window.location.href);
  });

  it('hands an explicit link to the share sheet', async () => {
    const share = vi.fn(() => Promise.resolve());
    stubNavigator({ share });
    render(<ShareButton title="Dragon Docking" url="https://app.example/events/7" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Dragon Docking',
      url: 'https://app.example/events/7',
      text: undefined,
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
