import { expect, test } from './fixtures.ts';

// Issue 12, parts 6 and 7: every wait of the engine says what it waits for, with the time, and a
// first download longer than one budget window is spread over windows without a refused request.

test.describe('an inline 429 wait', () => {
  test('says "Throttled by the API — next try in N s" while it waits', async ({
    page,
    request,
    sampleServer,
  }) => {
    // The first paint and one walk page are answered; then the API says 429 for 100 seconds,
    // short enough to be waited out inside the run (at most 2 minutes).
    const faults = await request.post(`${sampleServer.baseUrl}/__admin/faults`, {
      data: { throttle: { afterCalls: 2, retryAfterSeconds: 100 } },
    });
    expect(faults.ok()).toBe(true);

    await page.goto('/events');

    const status = page.getByRole('status').filter({ hasText: /Throttled by the API/ });
    await expect(status).toBeVisible({ timeout: 60_000 });
    const countdown = page.getByText(/^Throttled by the API — next try in \d+ s$/);
    await expect(countdown).toBeVisible();
    const first = Number(/in (\d+) s/.exec(await countdown.innerText())?.[1]);
    // It counts down while the engine waits.
    await expect
      .poll(async () => Number(/in (\d+) s/.exec(await countdown.innerText())?.[1]))
      .toBeLessThan(first);
    await expect(page.getByRole('button', { name: 'Sync now' })).toHaveAccessibleDescription(
      /^Sync now — a sync is under way, waiting for the API’s throttle \(next try in \d+ s\)$/,
    );
    const statuses = sampleServer.server.api.requestLog.map((entry) => entry.status);
    expect(statuses.filter((code) => code === 429)).toHaveLength(1);
  });
});

test.describe('a first sync longer than one budget window', () => {
  test.use({ sampleServerOptions: { size: 2_000, requestLimit: 15, requestWindowSeconds: 90 } });

  test('stores what the budget allows, says so, never gets a 429, and completes across a reload', async ({
    page,
    sampleServer,
  }) => {
    test.setTimeout(480_000);
    const total = sampleServer.server.data.events().length;
    const totalText = total.toLocaleString('en-US');

    await page.goto('/events');

    // 13 requests (15 less the 2 kept for the person): the first paint and 12 walk pages. The
    // window is long enough for them to be sent inside it even on a slow machine.
    const note = page.getByRole('note').filter({ hasText: /events stored/ });
    await expect(note).toHaveText(
      new RegExp(`^[\\d,]+ of ${totalText} events stored — the rest from \\d\\d:\\d\\d$`),
      { timeout: 180_000 },
    );
    await expect(page.getByText(/^Request limit used — continues in \d+ s$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sync now' })).toHaveAccessibleDescription(
      /^Sync now — waits for the request limit \(\d\d:\d\d\); the sync continues then by itself$/,
    );

    // A reload keeps the download where it was: the note is still there, with what is stored.
    await page.reload();
    await expect(note).toBeVisible();

    await expect(page.getByText(`${totalText} events`, { exact: true })).toBeVisible({
      timeout: 300_000,
    });
    await expect(note).toBeHidden();
    await expect(page.getByText(/^Up to date/)).toBeVisible();

    const log = sampleServer.server.api.requestLog;
    expect(log.filter((entry) => entry.status === 429)).toEqual([]);
    // One first paint and one walk from the start: the rest continued from the stored cursor.
    expect(log.filter((entry) => entry.path.startsWith('/events/upcoming/'))).toHaveLength(1);
    expect(
      log.filter(
        (entry) => entry.path.startsWith('/events/?') && !entry.path.includes('last_updated__gte'),
      ),
    ).toHaveLength(1);
  });
});
