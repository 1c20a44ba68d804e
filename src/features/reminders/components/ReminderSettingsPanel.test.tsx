// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../utils/planReminders.ts';
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
});
