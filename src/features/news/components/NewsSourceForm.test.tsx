// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsDatabase, readSettings, updateSettings } from '../../../db/settings.ts';
import { closeSourceDatabase, openSourceDatabase } from '../../../db/sourceDatabase.ts';
import { unreachableFetch } from '../../../api/testing/fetchFakes.ts';
import { renderWithSource } from '../../../app/testing/renderWithSource.tsx';
import { NewsSourceForm } from './NewsSourceForm.tsx';

const API = 'https://news-form.test/2.3.0';

beforeEach(async () => {
  await updateSettings({ apiUrl: API });
});
afterEach(async () => {
  cleanup();
  const db = openSourceDatabase(API);
  closeSourceDatabase(db);
  await db.delete();
  await openSettingsDatabase().delete();
});

describe('the News API URL setting', () => {
  it('refuses plain http elsewhere than this machine with a sentence, and saves a good URL', async () => {
    renderWithSource(<NewsSourceForm />, { fetchImpl: unreachableFetch });
    const field = await screen.findByLabelText('News API URL');
    await userEvent.clear(field);
    await userEvent.type(field, 'http://news.example/v4');
    await userEvent.click(screen.getByRole('button', { name: 'Use this news source' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/must start with https:\/\//);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await readSettings()).newsUrl).toBeNull();

    await userEvent.clear(field);
    await userEvent.type(field, 'https://news.example/v4/');
    await userEvent.click(screen.getByRole('button', { name: 'Use this news source' }));
    await waitFor(async () => {
      expect((await readSettings()).newsUrl).toBe('https://news.example/v4');
    });
    expect(screen.getByRole('status').textContent).toBe(
      'News now comes from https://news.example/v4.',
    );
  });
});
