import type { VidUrl } from '../../../api/schemas.ts';

/** The name a webcast goes by: its title, else its publisher's, so "Play …" always names something. */
export function webcastTitle(webcast: Pick<VidUrl, 'title' | 'publisher'>): string {
  const title = webcast.title?.trim();
  if (title) return title;
  const publisher = webcast.publisher?.trim();
  return publisher ? `${publisher} webcast` : 'Webcast';
}
