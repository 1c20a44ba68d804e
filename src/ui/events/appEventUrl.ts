import { appPath } from '../../lib/appBase.ts';
import { eventPath } from './eventPath.ts';

/** The absolute link to an event in this app (calendar entries and shares point back to it). */
export function appEventUrl(event: { id: number; slug: string }): string {
  return new URL(appPath(eventPath(event)), window.location.origin).href;
}
