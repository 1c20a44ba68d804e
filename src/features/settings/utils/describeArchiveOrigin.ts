import type { ArchiveOrigin } from '../hooks/useArchiveOrigin.ts';
import { formatCountOf } from '../../../lib/formatCount.ts';

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });

/** Where the stored archive came from, in a sentence for Settings. */
export function describeArchiveOrigin(source: ArchiveOrigin['source']): string {
  switch (source.kind) {
    case 'snapshot': {
      const events = formatCountOf(source.events, 'event', 'events');
      return `Loaded from the snapshot of ${dates.format(new Date(source.generatedAt))} (${events}), then kept current from Launch Library 2.`;
    }
    case 'api':
      return 'Downloaded from Launch Library 2.';
    case 'none-yet':
      return 'Not downloaded yet.';
  }
}
