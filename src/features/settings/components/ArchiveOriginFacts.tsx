import { useArchiveOrigin, type ArchiveOrigin } from '../hooks/useArchiveOrigin.ts';

const numbers = new Intl.NumberFormat('en');
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });

function describeSource(source: ArchiveOrigin['source']): string {
  switch (source.kind) {
    case 'snapshot': {
      const events = `${numbers.format(source.events)} ${source.events === 1 ? 'event' : 'events'}`;
      return `Loaded from the snapshot of ${dates.format(new Date(source.generatedAt))} (${events}), then kept current from Launch Library 2.`;
    }
    case 'api':
      return 'Downloaded from Launch Library 2.';
    case 'none-yet':
      return 'Not downloaded yet.';
  }
}

/** Where the stored archive came from (a published snapshot or the API), and a refused snapshot's note. */
export function ArchiveOriginFacts() {
  const origin = useArchiveOrigin();
  if (origin === null) return null;
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="text-slate-500 dark:text-slate-400">Archive: </span>
        {describeSource(origin.source)}
      </p>
      {origin.snapshotNote !== null && (
        <p className="text-amber-800 dark:text-amber-200">
          The published snapshot was not used. {origin.snapshotNote}
        </p>
      )}
    </div>
  );
}
