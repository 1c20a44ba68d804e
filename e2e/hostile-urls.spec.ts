import type { Page } from '@playwright/test';
import fc from 'fast-check';
import {
  EVENT_FILTER_PARAMS,
  queryFromPairs,
} from '../src/features/events/testing/hostileQuery.ts';
import { parseEventFilters } from '../src/features/events/utils/eventFilters.ts';
import { expect, test, type SampleServerFixture } from './fixtures.ts';

// Anyone can hand the app any address: a shared link cut in half, a hand-edited filter, a bot. The
// list routes read their filters from the query string and the detail route its id from the path;
// whatever arrives, the page renders a heading, never the error boundary, and never throws. Bad
// filter values are ignored and listed in the page's note (see parseEventFilters).

/** Fixed, so every run visits the same addresses and a failure names one that reproduces. */
const SEED = 4_173_011;
const QUERY_COUNT = 30;

/** The list's own parameters, and the API's paging ones the app does not read. */
const PARAMS = [...EVENT_FILTER_PARAMS, 'limit', 'offset'];

const hostileValue = fc.oneof(
  fc.constantFrom(
    '',
    ',,,',
    '-1',
    '0',
    '1e309',
    '9'.repeat(400),
    '9007199254740993',
    'NaN',
    'Infinity',
    '2026-02-31',
    '2026-07-01T25:61',
    '9999-12-31T23:59-23:59',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    '\u0000',
    '\u202e\u2066',
    '💥🚀👩‍🚀',
    '%',
    '%E2%82',
    '&&&',
    '===',
    '-date,last_updated,🚀',
    'x'.repeat(5000),
  ),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.double().map(String),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

/** One query string: known keys (often repeated), unknown keys, empty values, raw junk. */
const hostileQuery = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), hostileValue),
        {
          minLength: 1,
          maxLength: 10,
        },
      )
      .map((pairs) => queryFromPairs(pairs).toString()),
  },
  // Not produced by URLSearchParams: broken escapes and stray separators, as typed.
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.constantFrom(
          'type__ids=',
          'search=',
          '&',
          '=',
          '%',
          '%2',
          '%ZZ',
          '+',
          '?',
          ';',
          'a',
          '1',
          ',',
        ),
        {
          minLength: 1,
          maxLength: 25,
        },
      )
      .map((parts) => parts.join('')),
  },
);

const QUERIES = fc.sample(hostileQuery, { numRuns: QUERY_COUNT, seed: SEED });

/** Ids that are not event ids, or numbers no event has: each must end on a not-found page. */
const BAD_EVENT_PATHS = [
  '/events/abc',
  '/events/-1',
  '/events/0',
  '/events/007',
  '/events/1e309',
  '/events/1.5',
  '/events/0x10',
  '/events/%00',
  '/events/%20',
  '/events/%E2%82',
  '/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/events/javascript:alert(1)',
  '/events/%F0%9F%9A%80',
  `/events/${'9'.repeat(5000)}`,
  '/events/999999999',
];

/**
 * 16-digit ids above Number.MAX_SAFE_INTEGER pass a digits-only check but are no event's id; once
 * they waited for ever on "Asking the source for this event…".
 */
const UNSAFE_ID_PATHS = ['/events/9007199254740993', '/events/9999999999999999'];

/** A real id with a hostile slug or query: the id decides, so the event opens. */
const realEventPaths = (id: number) => [
  `/events/${id}/..%2F..%2Fsettings`,
  `/events/${id}/${'slug-'.repeat(800)}`,
  `/events/${id}/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`,
  `/events/${id}/%E2%82`,
  `/events/${id}?search=%00&type__ids=-1`,
];

interface Crash {
  pageErrors: string[];
}

function watchCrashes(page: Page): Crash {
  const crash: Crash = { pageErrors: [] };
  page.on('pageerror', (error) => crash.pageErrors.push(`${page.url()}: ${error.message}`));
  return crash;
}

/** A page that rendered: a level-1 heading that is not the error boundary's. */
async function expectRendered(page: Page, address: string) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading, `a heading at ${address}`).toBeVisible();
  await expect(heading, `the error boundary at ${address}`).not.toHaveText('Something went wrong');
}

async function syncAll(page: Page, sampleServer: SampleServerFixture) {
  const total = sampleServer.server.data.events().length;
  await page.goto('/events');
  await expect(
    page.getByText(`${total.toLocaleString('en-US')} events`, { exact: true }),
  ).toBeVisible({ timeout: 60_000 });
}

test('the generated queries are the same on every run', () => {
  expect(fc.sample(hostileQuery, { numRuns: QUERY_COUNT, seed: SEED })).toEqual(QUERIES);
  expect(new Set(QUERIES).size).toBeGreaterThan(QUERY_COUNT / 2);
});

for (const route of ['/events', '/events/upcoming', '/events/previous']) {
  test(`${QUERY_COUNT} hostile query strings on ${route}: always a list page, bad values reported`, async ({
    page,
    sampleServer,
  }) => {
    test.setTimeout(180_000);
    const crash = watchCrashes(page);
    await syncAll(page, sampleServer);
    for (const query of QUERIES) {
      const address = `${route}?${query}`;
      await page.goto(address);
      await expectRendered(page, address);
      // The list answered: a count (maybe 0) or the empty-list message, not a stuck "Reading…".
      await expect(page.getByText(/^[\d,]+ events?$/).first(), address).toBeVisible();
      // Every value the parser drops is named in the note; a clean query shows no note.
      const { problems } = parseEventFilters(
        new URLSearchParams(new URL(address, 'http://x').search),
      );
      const note = page.getByRole('note');
      if (problems.length === 0) {
        await expect(note, address).toHaveCount(0);
      } else {
        for (const problem of new Set(problems)) {
          await expect(note.getByText(problem, { exact: true }).first(), address).toBeAttached();
        }
      }
    }
    expect(crash.pageErrors).toEqual([]);
  });
}

test('hostile /events/:id paths show a not-found page or the event, never a crash', async ({
  page,
  sampleServer,
}) => {
  test.setTimeout(120_000);
  const crash = watchCrashes(page);
  await syncAll(page, sampleServer);
  for (const path of BAD_EVENT_PATHS) {
    await page.goto(path);
    await expectRendered(page, path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found');
  }
  const event = sampleServer.server.data.events()[0];
  if (!event) throw new Error('The sample data is empty');
  for (const path of realEventPaths(event.id)) {
    await page.goto(path);
    await expectRendered(page, path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(event.name);
  }
  expect(crash.pageErrors).toEqual([]);
});

test('ids beyond Number.MAX_SAFE_INTEGER end on a not-found page, never a wait with no end', async ({
  page,
  sampleServer,
}) => {
  await syncAll(page, sampleServer);
  for (const path of UNSAFE_ID_PATHS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found', {
      timeout: 5_000,
    });
  }
});
