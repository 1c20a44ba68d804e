// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarExportError } from '../utils/buildEventCalendar.ts';
import { CalendarDownloadButton } from './CalendarDownloadButton.tsx';

afterEach(cleanup);

describe('CalendarDownloadButton', () => {
  it('downloads the built file under the given name and says what it saved', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:calendar');
    render(
      <CalendarDownloadButton
        label="Export calendar"
        fileName="upcoming.ics"
        build={() => Promise.resolve({ ics: 'BEGIN:VCALENDAR', included: 12, undated: 2 })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export calendar' }));
    expect(
      await screen.findByText(
        'Calendar file with 12 events saved. 2 without a date were left out.',
      ),
    ).toBeTruthy();
    expect(clicked).toEqual([{ download: 'upcoming.ics', href: 'blob:calendar' }]);
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('BEGIN:VCALENDAR');
    expect(blob.type).toContain('text/calendar');
  });

  it('says plainly why no file was made', async () => {
    render(
      <CalendarDownloadButton
        label="Add to calendar"
        fileName="x.ics"
        build={() => Promise.reject(new CalendarExportError('There are no events to export.'))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add to calendar' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not make the calendar file. There are no events to export.',
    );
  });
});
