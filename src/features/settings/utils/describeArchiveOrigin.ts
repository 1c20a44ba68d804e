import type { ArchiveOrigin } from '../hooks/useArchiveOrigin.ts';

const numbers = new Intl.NumberFormat('en');
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });

/** Where the stored archive came from, in a sentence for Settings. */
export function describeArchiveOrigin(source: ArchiveOrigin['source']): string {
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
