import type { Image } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { useImageFailure } from '../../../lib/useImageFailure.ts';

/**
 * The event's image with its credit and licence (linked when the licence has an http(s) link). An
 * image that cannot be loaded (its host gone, or offline and never cached) gives way to a plain
 * panel of the image's own size that says so, keeping the credit: never the browser's broken-image
 * icon, and the page below does not jump up when the load fails after the page is shown (a lower
 * panel moved the event's header up: a layout shift of 0.083 in Lighthouse, offline, real records).
 */
export function EventImageFigure({ image }: { image: Image | null }) {
  const src = safeHttpUrl(image?.image_url);
  const { failed, onError } = useImageFailure(src);
  if (!image || !src) return null;
  const licenseLink = safeHttpUrl(image.license.link);
  return (
    <figure className="overflow-hidden rounded-xl bg-slate-100 dark:bg-slate-900">
      {failed ? (
        <div className="flex aspect-video max-h-80 w-full items-center justify-center bg-gradient-to-br from-slate-200 to-slate-300 px-3 text-center text-sm text-slate-700 dark:from-slate-800 dark:to-slate-900 dark:text-slate-300">
          The image “{image.name}” could not be loaded.
        </div>
      ) : (
        <img
          src={src}
          alt={image.name}
          width={1280}
          height={720}
          className="aspect-video max-h-80 w-full object-cover"
          decoding="async"
          onError={onError}
        />
      )}
      <figcaption className="px-3 py-1.5 text-xs text-slate-600 dark:text-slate-300">
        {image.credit ? `Image: ${image.credit}` : 'Image credit not given'}
        {' · Licence: '}
        {licenseLink ? (
          <a href={licenseLink} rel="noopener noreferrer" target="_blank" className="underline">
            {image.license.name}
          </a>
        ) : (
          image.license.name
        )}
      </figcaption>
    </figure>
  );
}
