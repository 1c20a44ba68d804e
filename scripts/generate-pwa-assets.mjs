// Draws the app icon as SVG and rasterises it with headless Chromium into public/: the favicon,
// the manifest icons (192, 512, maskable 512) and the Apple touch icon. Run it after changing
// the drawing: `node scripts/generate-pwa-assets.mjs`. Chromium: see scripts/chromium.mjs.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, howToGetChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BRAND_DARK = '#0b1424';

/**
 * Two craft meeting on an orbit around a planet (the orbit's near half passes in front). `inset` shrinks the drawing towards the centre:
 * a maskable icon keeps everything inside the middle 80% circle that launchers never crop.
 */
function iconSvg({ rounded, inset = 1 }) {
  const scale = inset.toFixed(3);
  const offset = ((512 * (1 - inset)) / 2).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <defs>
    <radialGradient id="planet" cx="0.35" cy="0.3" r="0.8">
      <stop offset="0" stop-color="#7dd3fc"/><stop offset="1" stop-color="#1d4ed8"/>
    </radialGradient>
  </defs>
  <rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${BRAND_DARK}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <g transform="rotate(-28 256 256)" fill="none" stroke="#38bdf8" stroke-width="16" stroke-linecap="round">
      <ellipse cx="256" cy="256" rx="200" ry="84" opacity="0.55"/>
      <circle cx="256" cy="256" r="84" fill="url(#planet)" stroke="none" transform="rotate(28 256 256)"/>
      <path d="M456 256 A200 84 0 0 1 56 256"/>
      <circle cx="409" cy="202" r="30" fill="#fbbf24" stroke="none"/>
      <circle cx="448" cy="232" r="19" fill="#f8fafc" stroke="none"/>
    </g>
  </g>
</svg>
`;
}

const targets = [
  { file: 'icons/icon-192.png', size: 192, svg: iconSvg({ rounded: true }) },
  { file: 'icons/icon-512.png', size: 512, svg: iconSvg({ rounded: true }) },
  { file: 'icons/maskable-512.png', size: 512, svg: iconSvg({ rounded: false, inset: 0.72 }) },
  { file: 'icons/apple-touch-icon.png', size: 180, svg: iconSvg({ rounded: false, inset: 0.86 }) },
];

await writeFile(path.join(root, 'public/favicon.svg'), iconSvg({ rounded: true }));
const executablePath = findChromium();
if (!executablePath) throw new Error(howToGetChromium);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  for (const { file, size, svg } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(root, 'public', file), omitBackground: true });
    await page.close();
    console.log(`public/${file} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
