// First, so the locale data loads in a worker while the rest evaluates (decision 035).
import './app/warmLocaleData.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first render as a transition: React renders it in slices and lets the browser answer input
// in between, instead of one long task while the shell in index.html is on screen.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
