import type { InfoUrl } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';

/** The event's info links, http(s) only, best first. Nothing when there are none. */
export function EventInfoLinks({ links }: { links: InfoUrl[] }) {
  const usable = [...links]
    .sort((a, b) => b.priority - a.priority)
    .flatMap((link) => {
      const href = safeHttpUrl(link.url);
      return href ? [{ ...link, href }] : [];
    });
  if (usable.length === 0) return null;
  return (
    <DetailSection headingId="info-links-heading" title="More information" className="space-y-2">
      <ul className="space-y-1">
        {usable.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              target="_blank"
              className="font-medium text-sky-800 underline dark:text-sky-300"
            >
              {link.title ?? new URL(link.href).hostname}
            </a>
            {link.source && (
              <span className="text-sm text-slate-600 dark:text-slate-300"> · {link.source}</span>
            )}
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
