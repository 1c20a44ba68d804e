import type { ReactNode } from 'react';

interface DetailSectionProps {
  /** Unique on the page: the heading's id, which names the section for assistive technology. */
  headingId: string;
  title: string;
  /** The vertical rhythm of the section's content. */
  className?: string;
  children: ReactNode;
}

/** One titled section of the event page, named by its own heading. */
export function DetailSection({
  headingId,
  title,
  className = 'space-y-3',
  children,
}: DetailSectionProps) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
