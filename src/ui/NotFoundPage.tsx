import { Link } from 'react-router';

/** Unknown routes, and event ids the store and the API do not know. */
export function NotFoundPage({
  title = 'Page not found',
  message,
}: {
  title?: string;
  message?: string;
}) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">
        {message ?? 'There is nothing at this address.'}
      </p>
      <p>
        <Link
          to="/events/upcoming"
          className="font-semibold text-sky-800 underline dark:text-sky-300"
        >
          See upcoming events
        </Link>
      </p>
    </div>
  );
}
