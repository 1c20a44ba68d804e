// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pwaStore, type InstallPromptEvent } from '../pwaState.ts';
import { OFFLINE_NOTICE_MS, PwaStatus } from './PwaStatus.tsx';

afterEach(() => {
  cleanup();
  pwaStore.reset();
});

function makeInstallPrompt(outcome: 'accepted' | 'dismissed') {
  const prompt = vi.fn(() => Promise.resolve());
  const event = Object.assign(new Event('beforeinstallprompt'), {
    prompt,
    userChoice: Promise.resolve({ outcome }),
  }) as InstallPromptEvent;
  return { event, prompt };
}

describe('PwaStatus', () => {
  it('says nothing before the service worker reports', () => {
    render(<PwaStatus />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says "Ready to work offline" once, until dismissed', async () => {
    render(<PwaStatus />);
    act(() => {
      pwaStore.update({ offlineReady: true });
    });
    expect(screen.getByRole('status').textContent).toBe('Ready to work offline');
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('lets "Ready to work offline" go by itself after a few seconds', () => {
    vi.useFakeTimers();
    try {
      render(<PwaStatus />);
      act(() => {
        pwaStore.update({ offlineReady: true });
      });
      act(() => {
        vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 1);
      });
      expect(screen.getByRole('status').textContent).toBe('Ready to work offline');
      act(() => {
        vi.advanceTimersByTime(1);
      });
      expect(screen.getByRole('status').textContent).toBe('');
      expect(screen.queryByRole('button', { name: 'OK' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says why offline reloads are unavailable, in words, until OK', async () => {
    render(<PwaStatus />);
    act(() => {
      pwaStore.update({ error: 'Offline reloads are unavailable: this browser refused it.' });
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Offline reloads are unavailable: this browser refused it.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers "Update available — Reload" when a new version waits', () => {
    render(<PwaStatus />);
    act(() => {
      pwaStore.update({ offlineReady: true, updateWaiting: true });
    });
    expect(screen.getByRole('status').textContent).toBe('Update available');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('status').parentElement?.textContent).toBe('Update available—Reload');
  });

  it('shows Install while the browser offers installation and spends the offer on click', async () => {
    const { event, prompt } = makeInstallPrompt('accepted');
    render(<PwaStatus />);
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
    act(() => {
      pwaStore.update({ installPrompt: event });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Install' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Install' })).toBeNull();
  });

  it('says plainly when offline use is unavailable', () => {
    render(<PwaStatus />);
    act(() => {
      pwaStore.update({ error: 'Offline use is unavailable: blocked' });
    });
    expect(screen.getByRole('status').textContent).toBe('Offline use is unavailable: blocked');
  });
});
