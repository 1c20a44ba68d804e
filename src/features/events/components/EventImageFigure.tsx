import type { Image } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';

/** The event's image with its credit and licence (linked when the licence has an http(s) link). */
export function EventImageFigure({ image }: { image: Image | null }) {
  const src = safeHttpUrl(image?.image_url);
  if (!image || !src) return null;
  const licenseLink = safeHttpUrl(image.license.link);
  return (
    <figure className="overflow-hidden rounded-xl bg-slate-100 dark:bg-slate-900">
      <img
        src={src}
        alt={image.name}
        width={1280}
        height={720}
        className="aspect-video max-h-80 w-full object-cover"
        decoding="async"
      />
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
