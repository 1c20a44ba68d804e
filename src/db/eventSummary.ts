/**
 * The compact projection of an event that the list pages load once, keep in memory and filter per
 * keystroke (DESIGN §1). Full records stay in the `events` table for the detail page.
 *
 * Written in the same transaction as the full event by every sync write path, derived only by
 * `toEventSummary`, so the two can never disagree.
 *
 * OWNER: the events UI (it decides what lists show, search and filter). The function is added
 * once src/api/schemas.ts exists.
 */
export interface EventSummary {
  id: number;
  name: string;
  slug: string;
  typeId: number;
  typeName: string;
  /** Epoch ms of `date` (the representative instant), NaN never stored: events without a date are skipped. */
  dateMs: number;
  /** `date_precision.id`, null when the API sends null (treated as exact). */
  datePrecisionId: number | null;
  location: string;
  thumbnailUrl: string | null;
  webcastLive: boolean;
  /** Webcasts reduced to what lists need to badge "live now" and filter "has a webcast". */
  webcasts: { url: string; live: boolean; startMs: number | null; endMs: number | null }[];
  agencies: { id: number; name: string }[];
  programs: { id: number; name: string }[];
  spacestations: { id: number; name: string }[];
  lastUpdatedMs: number;
  /** Lowercased text per field, ranked in this order by search: name, location, type, agencies, program, description. */
  search: { name: string; location: string; type: string; agencies: string; programs: string; description: string };
}
