import { useEffect } from 'react';
import { useSettings } from '../features/settings/hooks/useSettings.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Puts the `dark` class on <html> from Settings.theme; "system" follows the operating system,
 * live, as it switches at dusk.
 */
export function useApplyTheme(): void {
  const { theme } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      const dark = theme === 'dark' || (theme === 'system' && media.matches);
      root.classList.toggle('dark', dark);
      root.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    if (theme !== 'system') return undefined;
    media.addEventListener('change', apply);
    return () => {
      media.removeEventListener('change', apply);
    };
  }, [theme]);
}
