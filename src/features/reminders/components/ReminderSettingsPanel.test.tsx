// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../utils/planReminders.ts';
import { describeBackgroundCheck } from './BackgroundSyncLines.tsx';
import { ReminderSettingsPanel } from './ReminderSettingsPanel.tsx';

afterEach(cleanup);

describe('ReminderSettingsPanel', () => {
  it('asks for permission only through its button and reports changes as patches', async () => {
    const onChange = vi.fn();
    const onEnable = vi.fn();
    render(
      <ReminderSettingsPanel
        settings={DEFAULT_REMINDER_SETTINGS}
        onChange={onChange}
        permission="default"
        onEnableNotifications={onEnable}
      />,
    );
    expect(onEnable).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Turn on notifications' }));
    expect(onEnable).toHaveBeenCalledOnce();
    await userEvent.selectOptions(screen.getByLabelText('Remind me'), '60');
    expect(onChange).toHaveBeenLastCalledWith({ leadMinutes: 60 });
    await userEvent.click(screen.getByRole('checkbox', { name: 'All dockings' }));
    expect(onChange).toHaveBeenLastCalledWith({ presetTypeIds: [2] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'When a webcast goes live' }));
    expect(onChange).toHaveBeenLastCalledWith({ webcastLive: false });
  });

  it('explains a blocked permission instead of offering a button that cannot work', () => {
    render(
      <ReminderSettingsPanel
        settings={DEFAULT_REMINDER_SETTINGS}
        onChange={() => undefined}
        permission="denied"
        onEnableNotifications={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Turn on notifications' })).toBeNull();
    expect(screen.getByText(/blocks notifications/)).toBeTruthy();
  });

  it('says what the last background check did, and that none ran yet where they are allowed', () => {
    const now = new Date(2026, 0, 15, 18, 0).getTime();
    const { rerender } = render(
      <ReminderSettingsPanel
        settings={DEFAULT_REMINDER_SETTINGS}
        onChange={() => undefined}
        permission="granted"
        backgroundSync="allowed"
        lastBackgroundCheck={null}
        now={now}
        onEnableNotifications={() => undefined}
      />,
    );
    expect(screen.getByText(/The browser has not run a background check yet\./)).toBeTruthy();
    rerender(
      <ReminderSettingsPanel
        settings={DEFAULT_REMINDER_SETTINGS}
        onChange={() => undefined}
        permission="granted"
        backgroundSync="declined"
        lastBackgroundCheck={{ atMs: now - 5 * 60_000, requests: 1, notices: 2 }}
        now={now}
        onEnableNotifications={() => undefined}
      />,
    );
    expect(
      screen.getByText(/Last background check 5 min ago: 1 request, 2 notifications\./),
    ).toBeTruthy();
  });

  it('describes a check that found nothing and one that sent nothing', () => {
    const now = Date.now();
    expect(describeBackgroundCheck({ atMs: now, requests: 0, notices: 0 }, now)).toBe(
      'Last background check just now: 0 requests, nothing new to tell.',
    );
    expect(describeBackgroundCheck(null, now)).toBe(
      'The browser has not run a background check yet.',
    );
  });
});
