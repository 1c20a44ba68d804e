import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// What is tested is the layout, not the sync: a small archive.
test.use({ sampleServerOptions: { size: 300 }, viewport: { width: 390, height: 844 } });

/**
 * Where the first event row of the list is, and whether anything covers it: every probe point
 * inside the row (corners and centre) must hit the row itself, not a notice floating over it.
 */
async function firstRowPlacement(page: Page) {
  return page.evaluate(() => {
    const row = document.querySelector('main section[aria-label="Results"] article');
    if (!row) return null;
    const box = row.getBoundingClientRect();
    const inset = 4;
    const probes = [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ] as const;
    const covered = probes.filter(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit === null || !row.contains(hit);
    });
    return {
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      viewportHeight: window.innerHeight,
      covered: covered.map(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return `${Math.round(x)},${Math.round(y)} → ${hit?.textContent.trim().slice(0, 40) ?? 'nothing'}`;
      }),
    };
  });
}

async function expectFirstRowInView(page: Page, where: string) {
  await expect(page.getByText(/^[\d,]+ events?$/).first()).toBeVisible();
  const placement = await firstRowPlacement(page);
  expect(placement, `${where}: a first row`).not.toBeNull();
  expect(placement?.top, `${where}: the row starts in the viewport`).toBeGreaterThanOrEqual(0);
  expect(
    placement?.bottom,
    `${where}: the row ends within the ${String(placement?.viewportHeight)} px viewport`,
  ).toBeLessThanOrEqual(placement?.viewportHeight ?? 0);
  expect(placement?.covered, `${where}: nothing covers the row`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 390×844 (${colorScheme}) every list page shows its first event row whole, notices included`, async ({
    page,
    sampleServer,
  }) => {
    await page.emulateMedia({ colorScheme });
    // The first visit: the sync runs and "Ready to work offline" floats at the bottom for a few
    // seconds; the rows that are stored by then must not be under it.
    await page.goto('/events');
    await expect(page.getByText('Ready to work offline', { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expectFirstRowInView(page, '/events with the offline notice');

    const total = sampleServer.server.data.events().length;
    await expect(
      page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
    ).toBeVisible({ timeout: 60_000 });
    for (const path of ['/events/upcoming', '/events/previous', '/events']) {
      await page.goto(path);
      await expectFirstRowInView(page, path);
    }
    // The controls stay one tap away: search, order, filters and the page's actions.
    await expect(page.getByRole('searchbox', { name: /search/i })).toBeInViewport();
    await expect(page.getByRole('combobox', { name: 'Order' })).toBeInViewport();
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Export calendar' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Share' })).toBeInViewport();
  });
}
