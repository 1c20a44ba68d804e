import { useEffect } from 'react';
import { useSettings } from '../ui/settings/useSettings.ts';
import { useMediaQuery } from '../lib/useMediaQuery.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Puts the `dark` class on <html> from Settings.theme; "system" follows the operating system,
 * live, as it switches at dusk.
 */
export function useApplyTheme(): void {
  const { theme } = useSettings();
  const systemDark = useMediaQuery(DARK_QUERY);
  useEffect(() => {
    const dark = theme === 'dark' || (theme === 'system' && systemDark);
    const root = document.documentElement;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  }, [theme, systemDark]);
}
