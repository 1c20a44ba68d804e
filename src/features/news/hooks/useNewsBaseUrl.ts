import { DEFAULT_SNAPI_BASE_URL, resolveNewsBaseUrl } from '../../../api/snapi/baseUrl.ts';
import { useSettings } from '../../../ui/settings/useSettings.ts';
import { explainError } from '../../../lib/explainError.ts';

const pageOrigin = () => (typeof location === 'undefined' ? null : location.origin);

/**
 * The news source in use: Settings' "News API URL", else the build's default. A stored value that
 * no longer validates gives `url: null` and the reason, so the News section can say so.
 */
export function useNewsBaseUrl(): { url: string | null; problem: string | null } {
  const { newsUrl } = useSettings();
  try {
    return {
      url: resolveNewsBaseUrl(newsUrl ?? DEFAULT_SNAPI_BASE_URL, pageOrigin()),
      problem: null,
    };
  } catch (error) {
    return { url: null, problem: explainError(error) };
  }
}
