import { useState } from 'react';

/**
 * The webcast's still image. The service worker keeps images it has seen, so this also shows
 * offline; one it never saw fails to load and gives way to a plain panel, never a broken image.
 */
export function WebcastThumbnail({
  src,
  eager,
  withIcon,
  large = false,
}: {
  src: string | null;
  eager: boolean;
  /** The camera glyph on the plain panel; left out where a Play button covers the middle. */
  withIcon: boolean;
  /** A featured card's plain panel is kept low: a wide empty 16:9 box would only push text down. */
  large?: boolean;
}) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (src === null || failedSrc === src) {
    return (
      <div
        aria-hidden="true"
        className={`flex w-full items-center justify-center ${large ? 'h-40 sm:h-52' : 'aspect-video'} bg-gradient-to-br from-slate-700 to-slate-900 text-slate-300`}
      >
        {withIcon && (
          <svg
            viewBox="0 0 24 24"
            className="size-8"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <rect x="3" y="6" width="13" height="12" rx="2" />
            <path d="m16 10 5-3v10l-5-3z" />
          </svg>
        )}
      </div>
    );
  }
  return (
    <img
      src={src}
      alt=""
      width={480}
      height={270}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className="aspect-video w-full bg-slate-800 object-cover"
      onError={() => {
        setFailedSrc(src);
      }}
    />
  );
}
