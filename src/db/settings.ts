import { Dexie, liveQuery, type EntityTable } from 'dexie';

/** What is chosen per device, not per source. The API token never leaves this database. */
export interface Settings {
  /** null = the build's default source (`VITE_LL2_API_URL`, else production). */
  apiUrl: string | null;
  /** Sent as `Authorization: Token …` to the chosen source; kept on this device only. */
  apiToken: string | null;
  theme: 'system' | 'light' | 'dark';
  timeZone: 'local' | 'utc';
  /** ISO-like language code of LL2 ("en", "es", "jp" …); null = no preference. */
  webcastLanguage: string | null;
  /** Spaceflight News API base (…/v4); null = the build's default (`VITE_SNAPI_URL`, else production). */
  newsUrl: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  apiUrl: null,
  apiToken: null,
  theme: 'system',
  timeZone: 'local',
  webcastLanguage: null,
  newsUrl: null,
};

interface SettingsRow extends Partial<Settings> {
  key: 'device';
}

export class SettingsDatabase extends Dexie {
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor() {
    super('rendezvous-settings');
    this.version(1).stores({ settings: 'key' });
  }
}

let shared: SettingsDatabase | null = null;

/** The device-wide settings database, one instance per tab. */
export function openSettingsDatabase(): SettingsDatabase {
  if (shared === null || shared.hasBeenClosed()) shared = new SettingsDatabase();
  return shared;
}

/** Stored settings over the defaults; a field stored by an older version is read safely. */
export async function readSettings(
  db: SettingsDatabase = openSettingsDatabase(),
): Promise<Settings> {
  const row = await db.settings.get('device');
  return sanitizeSettings(row ?? {});
}

/**
 * Merges `patch` into the stored settings in one transaction (read and write together, so two
 * tabs changing different fields keep both). Interrupted: nothing changes.
 */
export async function updateSettings(
  patch: Partial<Settings>,
  db: SettingsDatabase = openSettingsDatabase(),
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = sanitizeSettings({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: 'device', ...next });
    return next;
  });
}

/** Calls `onChange` with the settings now and after every change, from any tab. */
export function watchSettings(
  onChange: (settings: Settings) => void,
  onError: (error: unknown) => void,
  db: SettingsDatabase = openSettingsDatabase(),
): () => void {
  const subscription = liveQuery(() => readSettings(db)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => {
    subscription.unsubscribe();
  };
}

function sanitizeSettings(raw: Partial<Settings>): Settings {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  return {
    apiUrl: text(raw.apiUrl),
    apiToken: text(raw.apiToken),
    theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
    timeZone: raw.timeZone === 'utc' ? 'utc' : 'local',
    webcastLanguage: text(raw.webcastLanguage),
    newsUrl: text(raw.newsUrl),
  };
}
