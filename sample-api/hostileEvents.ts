import type { EventDraft } from './eventFactory.ts';
import type { Random } from './random.ts';
import type { StoredEvent } from './types.ts';
import { AGENCIES as A, PROGRAMS as P, STATIONS as S } from './organisations.ts';

const HOUR = 3_600_000;

/**
 * Events that carry markup and script in every text and URL field, for the security end-to-end
 * test: a client must show them as plain text and never follow a non-http(s) link.
 */
export function hostileDrafts(nowMs: number): EventDraft[] {
  const base = {
    agencies: [A.nasa],
    programs: [P.iss],
    station: S.iss,
    broadcaster: 'nasa' as const,
    webcasts: 1,
    location: 'International Space Station',
  };
  return [
    {
      ...base,
      name: '<img src=x onerror="alert(1)"> Docking',
      typeId: 2,
      dateMs: nowMs + 4 * HOUR,
      precisionId: 1,
      description: '<b>Bold</b> <script>alert("description")</script>',
    },
    {
      ...base,
      name: '<script>alert("xss")</script> Spacewalk',
      typeId: 3,
      dateMs: nowMs + 30 * HOUR,
      precisionId: 1,
      description:
        '<a href="javascript:alert(1)">click me</a><iframe src="javascript:alert(2)"></iframe>',
    },
    {
      ...base,
      name: 'javascript:alert(document.domain)',
      typeId: 20,
      dateMs: nowMs - 3 * HOUR,
      precisionId: 1,
      description: '"><svg onload=alert(3)>',
    },
  ];
}

/** Puts `javascript:`/`data:` URLs and HTML into the nested fields the factory filled normally. */
export function poisonEvent(event: StoredEvent, random: Random): StoredEvent {
  const payloadUrl = random.pick([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'JaVaScRiPt:alert(4)',
  ]);
  return {
    ...event,
    vid_urls: event.vid_urls.map((webcast) => ({
      ...webcast,
      url: payloadUrl,
      title: '<img src=x onerror=alert(5)>Webcast',
      publisher: '<b>Publisher</b>',
      feature_image: 'javascript:alert(6)',
    })),
    info_urls: [
      {
        priority: 10,
        source: 'evil.example',
        title: '<script>alert(7)</script>',
        description: '<i>info</i>',
        feature_image: null,
        url: 'javascript:alert(8)',
        type: null,
        language: null,
      },
    ],
    image: event.image && {
      ...event.image,
      image_url: 'javascript:alert(9)',
      thumbnail_url: 'javascript:alert(10)',
      name: '<img src=x onerror=alert(11)>',
    },
    updates: [
      {
        id: 9_000_000 + event.id,
        profile_image: 'javascript:alert(12)',
        comment: '<script>alert("update")</script><a href="javascript:alert(13)">details</a>',
        info_url: 'javascript:alert(14)',
        created_by: '<b>mallory</b>',
        created_on: event.last_updated,
      },
    ],
  };
}
