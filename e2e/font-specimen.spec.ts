import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { FONT_SPECIMEN } from '../src/app/fontSpecimen.ts';

/** "<family> <size> <weight> <style>" of every piece of text on the page. */
async function textStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const styles = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      const style = getComputedStyle(node.parentElement);
      styles.add(`${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
    }
    return [...styles];
  });
}

// Decision 036: app/warmFonts.ts looks up every font the specimen names, one per task, before the
// pages lay out with them. A size or weight the pages use and the specimen lacks is looked up in the
// middle of a page's first layout instead.
test('the font specimen holds every size and weight the pages use', async ({
  page,
  sampleServer,
}) => {
  const total = sampleServer.server.data.events().length;
  const used = new Set<string>();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/events');
    await expect(
      page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
    ).toBeVisible({
      timeout: 60_000,
    });
    for (const style of await textStyles(page)) used.add(style);
    await page.goto('/events/upcoming');
    const link = page.getByRole('list', { name: 'Events' }).getByRole('link').first();
    await expect(link).toBeVisible();
    for (const style of await textStyles(page)) used.add(style);
    await link.click();
    await expect(page.getByRole('heading', { level: 2, name: 'News' })).toBeVisible();
    for (const style of await textStyles(page)) used.add(style);
    for (const path of ['/settings', '/watchlist', '/stations', '/changes']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const style of await textStyles(page)) used.add(style);
    }
  }

  // The specimen's own styles, and the shell's brand and status line, with the app's stylesheet.
  const covered = await page.evaluate((specimenClasses) => {
    const host = document.createElement('div');
    host.className = 'app-shell';
    host.innerHTML = '<span class="app-shell-brand">x</span><p class="app-shell-status">x</p>';
    for (const className of specimenClasses) {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = 'x';
      host.append(span);
    }
    document.body.append(host);
    const styles = [...host.children].map((element) => {
      const style = getComputedStyle(element);
      return `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
    });
    host.remove();
    return styles;
  }, FONT_SPECIMEN);
  expect([...used].filter((style) => !covered.includes(style)).sort()).toEqual([]);
});
