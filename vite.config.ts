import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sampleApiOptionsFromEnv, sampleApiPlugin } from './sample-api/vite-plugin.ts';
import { buildContentSecurityPolicy } from './scripts/contentSecurityPolicy.ts';

const reactRouterProductionBuild = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

/** The header's colours (slate-900 / slate-50), for the browser UI around the app and its splash. */
const THEME_DARK = '#0f172a';
const THEME_LIGHT = '#f8fafc';

// The sample server is mounted inside the dev and preview servers under /sample-api/,
// so `npm start` serves the app and its offline stand-in for Launch Library 2 on one origin.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    sampleApiPlugin(sampleApiOptionsFromEnv),
    pwaPlugin(),
    pwaHeadTags(),
    shellPaintsFirst(),
    preloadAppChunk(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_LL2_API_URL),
  ],
  resolve: {
    // Dexie's default entry wraps its ES5 UMD build; its modern ES module build is the same API,
    // smaller and tree-shakeable. One bundle has one copy, so the wrapper's guard is not needed.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // React Router 7 exports only its development build (remix-run/react-router#14102), whose
      // dev warnings then run in production; the production build beside it is the same API.
      ...(mode === 'production'
        ? [{ find: /^react-router$/, replacement: reactRouterProductionBuild }]
        : []),
    ],
  },
  // The sync worker (decision 014) is an ES module worker, so it can share chunks and lazy imports.
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // What the first page needs in two chunks (decision 037): the entry (React and React DOM,
      // main.tsx and the locale-data worker's start) and `app` (App.tsx and everything it
      // imports), which main.tsx imports once the entry has run, so each evaluates in a task of
      // its own; index.html preloads `app`, so both download at once. Without the groups, modules
      // the lazy pages share with the app become small chunks of their own.
      output: {
        codeSplitting: {
          groups: [
            { name: 'startup', tags: ['$initial'], priority: 2 },
            { name: 'app', test: /[\\/]src[\\/]app[\\/]App\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
}));

/**
 * The CSP meta tag (scripts/contentSecurityPolicy.ts), in production builds only: the dev server
 * needs inline scripts for hot reload.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'rendezvous-content-security-policy',
    apply: 'build',
    // Right after the charset (which must come first), before any script or stylesheet.
    transformIndexHtml: (html) => {
      if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
      const policy = buildContentSecurityPolicy(apiBaseUrl).replaceAll("'", '&#39;');
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

/**
 * The app shell in index.html is the first paint and needs only the stylesheet, so the entry
 * script is fetched at low priority (decision 014): it never competes with the stylesheet, and a
 * script that happens to arrive first is not taken as needed for the first paint.
 */
function shellPaintsFirst(): Plugin {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
  return {
    name: 'rendezvous-shell-paints-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const scripts = [...html.matchAll(entry)];
        if (scripts.length !== 1)
          throw new Error(`expected one entry script, found ${scripts.length}`);
        return html.replace(
          entry,
          '<script type="module" fetchpriority="low" crossorigin src="$1"></script>',
        );
      },
    },
  };
}

/**
 * Preloads the `app` chunk (decision 037) beside the entry script, at the same low priority:
 * main.tsx imports it only once the entry has been evaluated, and without the preload its download
 * would only start then.
 */
function preloadAppChunk(): Plugin {
  let base = '/';
  return {
    name: 'rendezvous-preload-app-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const app = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.name === 'app',
        );
        if (!app) throw new Error('the build has no "app" chunk to preload');
        const link = `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${app.fileName}">`;
        return html.replace('</head>', `  ${link}\n  </head>`);
      },
    },
  };
}

/**
 * The web app manifest and the service worker, built from src/sw.ts (injectManifest, so it can
 * answer periodic background syncs; decision 025). What it caches, and why, is said there.
 */
function pwaPlugin() {
  return VitePWA({
    // A new version waits for the person's "Reload" (src/features/pwa), never reloads by itself.
    registerType: 'prompt',
    // src/features/pwa/registerServiceWorker.ts registers the worker itself.
    injectRegister: false,
    // The icons are precached by globPatterns already; listing them twice only duplicates entries.
    includeManifestIcons: false,
    // The manifest's paths are relative (to the manifest, which lies at the base) and its id,
    // start_url and scope are the build's base, so `vite build --base /rendezvous/` installs as
    // an app of /rendezvous/ (decision 026). With the default base all four are '/', as before.
    integration: {
      configureOptions: (viteConfig, options) => {
        if (options.manifest === false || options.manifest === undefined) return;
        options.manifest.id = viteConfig.base;
        options.manifest.start_url = viteConfig.base;
        options.manifest.scope = viteConfig.base;
      },
    },
    manifest: {
      name: 'Rendezvous — spaceflight events',
      short_name: 'Rendezvous',
      description:
        'Dockings, spacewalks, landings and other spaceflight events from Launch Library 2, with their webcasts — online or offline.',
      lang: 'en',
      display: 'standalone',
      theme_color: THEME_DARK,
      background_color: THEME_DARK,
      categories: ['news', 'education'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
      screenshots: [
        {
          src: 'screenshots/narrow.png',
          sizes: '540x1200',
          type: 'image/png',
          form_factor: 'narrow',
          label: 'Upcoming events on a phone',
        },
        {
          src: 'screenshots/wide.png',
          sizes: '1280x800',
          type: 'image/png',
          form_factor: 'wide',
          label: 'Upcoming events on a desktop',
        },
      ],
    },
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
      // Screenshots are for install dialogs only; no reason to download them on every visit.
      globIgnores: ['screenshots/**'],
      // A classic script: every browser with service workers runs it, module workers or not.
      rollupFormat: 'iife',
    },
  });
}

/**
 * Favicon, Apple touch icon and theme colours for light and dark, added to index.html, under the
 * build's base (Vite does not rebase the links plugins add).
 */
function pwaHeadTags(): Plugin {
  let base = '/';
  return {
    name: 'rendezvous-pwa-head-tags',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'icon', href: `${base}favicon.svg`, type: 'image/svg+xml' },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: `${base}icons/apple-touch-icon.png` },
        injectTo: 'head',
      },
      {
        tag: 'meta',
        attrs: {
          name: 'theme-color',
          content: THEME_LIGHT,
          media: '(prefers-color-scheme: light)',
        },
        injectTo: 'head',
      },
      {
        tag: 'meta',
        attrs: { name: 'theme-color', content: THEME_DARK, media: '(prefers-color-scheme: dark)' },
        injectTo: 'head',
      },
    ],
  };
}
