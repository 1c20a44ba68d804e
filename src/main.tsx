// First, so the locale data loads in a worker while the rest evaluates (decision 035).
import './app/warmLocaleData.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The app's own code is a second script, fetched beside this one (index.html preloads it) and
// evaluated in a task of its own: evaluating everything at once was the longest task of a cold
// start (decision 037). The first render as a transition: React renders it in slices and lets the
// browser answer input in between, instead of one long task while the shell is on screen.
import('./app/App.tsx').then(
  ({ App, prepareApp }) => {
    // The first page's reads run first, while the shell is on screen, and the app renders with
    // their answers (decision 038) instead of rendering, waiting for each read, and rendering
    // again.
    const { queryClient, ready } = prepareApp(location);
    void ready.then(() => {
      startTransition(() => {
        createRoot(root).render(
          <StrictMode>
            <App queryClient={queryClient} />
          </StrictMode>,
        );
      });
    });
  },
  () => {
    const status = root.querySelector('.app-shell-status');
    if (status)
      status.textContent = 'Rendezvous could not load its code. Reload the page to try again.';
  },
);
