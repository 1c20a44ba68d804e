import { describe, expect, it, vi } from 'vitest';
import { shareLink } from './shareLink.ts';

const TARGET = { title: 'Dragon Docking', url: 'https://app.example/events/7' };

describe('shareLink', () => {
  it('uses the share sheet when there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareLink(TARGET, { share, clipboard: { writeText } })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ ...TARGET, text: undefined });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('treats a dismissed share sheet as cancelled, without copying', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('dismissed', 'AbortError')));
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareLink(TARGET, { share, clipboard: { writeText } })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link when sharing is missing, refused or cannot share this data', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await shareLink(TARGET, { clipboard: { writeText } })).toBe('copied');
    const refused = vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    expect(await shareLink(TARGET, { share: refused, clipboard: { writeText } })).toBe('copied');
    const share = vi.fn(() => Promise.resolve());
    expect(
      await shareLink(TARGET, { share, canShare: () => false, clipboard: { writeText } }),
    ).toBe('copied');
    expect(share).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith(TARGET.url);
  });

  it('fails plainly when neither works', async () => {
    expect(await shareLink(TARGET, {})).toBe('failed');
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    expect(await shareLink(TARGET, { clipboard: { writeText } })).toBe('failed');
  });
});
