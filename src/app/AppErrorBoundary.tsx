import { Component, type ErrorInfo, type ReactNode } from 'react';
import { explainError } from '../lib/explainError.ts';
import { appPath } from '../lib/appBase.ts';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: a page that throws while rendering shows the error in plain words and
 * a way out, instead of a blank screen. Stored data is untouched either way.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Rendered below; React already reports the error to the console in development.
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main className="mx-auto max-w-xl space-y-3 px-4 py-12 text-center">
        <h1 className="text-2xl font-bold">Something went wrong</h1>
        <p>This page failed to show. {explainError(error)}</p>
        <p className="flex justify-center gap-4">
          <button
            type="button"
            onClick={() => {
              window.location.reload();
            }}
            className="rounded-md bg-sky-700 px-3 py-1.5 font-semibold text-white"
          >
            Reload
          </button>
          <a
            href={appPath('/events/upcoming')}
            className="py-1.5 font-semibold text-sky-800 underline"
          >
            Upcoming events
          </a>
        </p>
      </main>
    );
  }
}
