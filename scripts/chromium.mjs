// Finds a Chromium to drive. Playwright cannot download its own browsers on our machines, so we
// use the system's: CHROME_PATH first, then Debian's chromium, then whatever Playwright has.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((path) => existsSync(path));
}

/** Launch flags that keep headless Chromium quiet on a machine with no internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const howToGetChromium =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y --no-install-recommends chromium fonts-liberation`) ' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';
