// The floor for `npm run lighthouse`: the least a Vite + React 19 page can be (a heading and a
// paragraph, the project's own React, a production build), audited with the app's pages in the
// same run, so the app's scores can be read against what this machine allows any React page.
// Plain JavaScript without JSX, so neither the TypeScript projects nor ESLint need a new entry.
/* global document */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  createElement(
    StrictMode,
    null,
    createElement(
      'main',
      null,
      createElement('h1', null, 'Lighthouse floor'),
      createElement(
        'p',
        null,
        'A heading and a paragraph rendered by React: what any React page scores here.',
      ),
    ),
  ),
);
