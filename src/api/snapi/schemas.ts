import '../zodConfig.ts';
import { z } from 'zod';
import { IsoDateTime } from '../schemas.ts';

/*
 * Runtime schemas for the Spaceflight News API v4 (DESIGN §5a). As for LL2 (decision 008): the
 * envelope is strict, each record is checked on its own, unknown keys are stripped. Every string is
 * untrusted text: the UI renders it as text, links only http(s) URLs and loads images only through
 * an http(s) check.
 */

/** The three SNAPI collections; reports are not linked to events by the app (yet). */
export const NEWS_KINDS = ['article', 'blog'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

/** Longer text than this is not an article but an attack or a broken record. */
const MAX_TITLE = 1_000;
const MAX_SUMMARY = 20_000;
const MAX_URL = 4_000;

const NewsEventRef = z.object({ event_id: z.int(), provider: z.string() });
const NewsLaunchRef = z.object({ launch_id: z.string(), provider: z.string() });
const NewsAuthor = z.object({ name: z.string() });

export const NewsRecord = z.object({
  id: z.int().positive(),
  title: z.string().trim().min(1).max(MAX_TITLE),
  url: z.string().max(MAX_URL),
  image_url: z.string().max(MAX_URL).nullable(),
  news_site: z.string().max(MAX_TITLE),
  summary: z.string().max(MAX_SUMMARY),
  published_at: IsoDateTime,
  updated_at: IsoDateTime,
  featured: z.boolean().optional().default(false),
  authors: z.array(NewsAuthor).optional().default([]),
  launches: z.array(NewsLaunchRef).optional().default([]),
  events: z.array(NewsEventRef),
});
export type NewsRecord = z.infer<typeof NewsRecord>;

export const NewsEnvelope = z.object({
  count: z.int().nonnegative(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(z.unknown()),
});
