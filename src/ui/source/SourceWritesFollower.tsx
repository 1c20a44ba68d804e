import { useFollowPersonalData } from './useFollowPersonalData.ts';
import { useFollowSourceWrites } from './useFollowSourceWrites.ts';

/**
 * The one follower of the active source's writes (a sync page, a star, another tab's change): it
 * invalidates the queries under `eventKeys.all` and `personalKeys.all`, so every page is fresh by
 * construction and none has to remember to follow. Mounted once, by SourceProvider (and by the
 * test renderers that stand in for it).
 */
export function SourceWritesFollower() {
  useFollowSourceWrites();
  useFollowPersonalData();
  return null;
}
