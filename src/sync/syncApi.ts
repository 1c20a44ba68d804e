import type { Ll2Client } from '../api/client.ts';

/** The part of the LL2 client a sync uses (its own file, so reconcile and runSync share it). */
export type SyncApi = Pick<Ll2Client, 'getEventsPage' | 'getEventsPageAt' | 'getThrottle'>;
