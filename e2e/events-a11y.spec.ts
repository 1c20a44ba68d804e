import { expect, test } from './fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`list, detail and settings pages have no axe violations (${colorScheme})`, async ({
    page,
    sampleServer,
    makeAxeBuilder,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const total = sampleServer.server.data.events().length;
    await page.goto('/events');
    await expect(
      page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    await page.goto('/events/upcoming');
    await expect(
      page.getByRole('list', { name: 'Events' }).getByRole('link').first(),
    ).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    const link = page.getByRole('list', { name: 'Events' }).getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}
