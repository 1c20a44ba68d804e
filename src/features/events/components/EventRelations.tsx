import type { ReactNode } from 'react';
import type { EventDetailed } from '../../../api/schemas.ts';
import { safeHttpUrl } from '../../../lib/safeUrl.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { formatEventDate } from '../../../ui/events/formatEventDate.ts';
import { DetailSection } from '../../../ui/events/DetailSection.tsx';

function RelationGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1 text-xs font-bold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {title}
      </h3>
      <ul className="space-y-1.5 text-sm">{children}</ul>
    </div>
  );
}

const MUTED = 'text-slate-600 dark:text-slate-300';

/**
 * What the event involves (detailed mode): agencies, launches with status and NET, expeditions,
 * space stations, programs and astronauts, each as readable lines. Nothing when it has none.
 * Keys carry the position too: a list can repeat an entry (seen with astronauts).
 */
export function EventRelations({ event, now }: { event: EventDetailed; now: number }) {
  const { timeZone } = useSettings();
  const { agencies, launches, expeditions, spacestations, program, astronauts } = event;
  if (
    [agencies, launches, expeditions, spacestations, program, astronauts].every(
      (list) => list.length === 0,
    )
  ) {
    return null;
  }
  const day = (iso: string) => formatEventDate(Date.parse(iso), 5, { timeZone, now });
  return (
    <DetailSection headingId="relations-heading" title="Involved">
      <div className="grid gap-5 sm:grid-cols-2">
        {agencies.length > 0 && (
          <RelationGroup title="Agencies">
            {agencies.map((agency, index) => (
              <li key={`${agency.id}-${index}`}>
                {agency.name}
                {agency.abbrev && agency.abbrev !== agency.name && (
                  <span className={MUTED}> ({agency.abbrev})</span>
                )}
                {agency.type && <span className={MUTED}> · {agency.type.name}</span>}
              </li>
            ))}
          </RelationGroup>
        )}
        {launches.length > 0 && (
          <RelationGroup title="Launches">
            {launches.map((launch, index) => (
              <li key={`${launch.id}-${index}`}>
                <span className="font-medium">{launch.name}</span>
                <br />
                <span className={MUTED}>
                  {launch.status ? `${launch.status.name} · ` : ''}NET{' '}
                  {formatEventDate(Date.parse(launch.net), launch.net_precision?.id ?? null, {
                    timeZone,
                    now,
                  }).replace(/^NET /, '')}
                </span>
              </li>
            ))}
          </RelationGroup>
        )}
        {expeditions.length > 0 && (
          <RelationGroup title="Expeditions">
            {expeditions.map((expedition, index) => (
              <li key={`${expedition.id}-${index}`}>
                <span className="font-medium">{expedition.name}</span>
                <span className={MUTED}>
                  {' '}
                  · {expedition.spacestation.name} · {day(expedition.start)} –{' '}
                  {expedition.end ? day(expedition.end) : 'ongoing'}
                </span>
                {expedition.spacewalks.length > 0 && (
                  <span className={MUTED}>
                    {' '}
                    · {expedition.spacewalks.length}{' '}
                    {expedition.spacewalks.length === 1 ? 'spacewalk' : 'spacewalks'}
                  </span>
                )}
              </li>
            ))}
          </RelationGroup>
        )}
        {spacestations.length > 0 && (
          <RelationGroup title="Space stations">
            {spacestations.map((station, index) => (
              <li key={`${station.id}-${index}`}>
                <span className="font-medium">{station.name}</span>
                <span className={MUTED}>
                  {' '}
                  · {station.status.name}
                  {station.orbit ? ` · ${station.orbit}` : ''}
                </span>
              </li>
            ))}
          </RelationGroup>
        )}
        {program.length > 0 && (
          <RelationGroup title={program.length === 1 ? 'Program' : 'Programs'}>
            {program.map((item, index) => {
              const link = safeHttpUrl(item.info_url) ?? safeHttpUrl(item.wiki_url);
              return (
                <li key={`${item.id}-${index}`}>
                  {link ? (
                    <a
                      href={link}
                      rel="noopener noreferrer"
                      target="_blank"
                      className="font-medium text-sky-800 underline dark:text-sky-300"
                    >
                      {item.name}
                    </a>
                  ) : (
                    <span className="font-medium">{item.name}</span>
                  )}
                  <span className={MUTED}> · {item.type.name}</span>
                </li>
              );
            })}
          </RelationGroup>
        )}
        {astronauts.length > 0 && (
          <RelationGroup title="Astronauts">
            {astronauts.map((astronaut, index) => (
              <li key={`${astronaut.id}-${index}`}>
                <span className="font-medium">{astronaut.name}</span>
                <span className={MUTED}>
                  {astronaut.agency ? ` · ${astronaut.agency.name}` : ''} · {astronaut.status.name}
                </span>
              </li>
            ))}
          </RelationGroup>
        )}
      </div>
    </DetailSection>
  );
}
