import { use } from 'react';
import { SourceContext, type Source } from './sourceContext.ts';

/** The current source. Throws outside SourceProvider: a component there is a wiring bug. */
export function useSource(): Source {
  const source = use(SourceContext);
  if (source === null) throw new Error('useSource must be used inside SourceProvider');
  return source;
}
