// First, so the locale data loads in a worker while the rest evaluates (decision 035).
import './app/warmLocaleData.ts';
// Then the fonts, one per task, before the pages lay out with them (decision 036).
import './app/warmFonts.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// In a task of its own: evaluating the entry script is already the longest task of a cold start,
// and creating the root (React listens for every event type) added to it (decision 036). The first
// render as a transition: React renders it in slices and lets the browser answer input in between,
// instead of one long task while the shell in index.html is on screen.
setTimeout(() => {
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}, 0);
