/**
 * The user's settings, in `storage.local` (synced to every context; small).
 * Versioned like everything persisted: a new shape is a new version with a
 * migration, never an edit of an old one.
 */
import { storage } from 'wxt/utils/storage';
import type { WatchListEntry } from './detect';

/** What the user can set in the options page. */
export interface Settings {
  /** Automatic highlighting, per kind. */
  detectors: { organizations: boolean; commitments: boolean };
  /** Organizations always to find, with their other names. */
  watchList: WatchListEntry[];
  /** Name written as `creator` into annotations and shared bundles. */
  author: string;
  /** Remind to back up after this many days without one; 0 turns reminders off. */
  backupReminderDays: number;
  /** When the last full backup was made (ISO), if ever. */
  lastBackup: string | null;
}

/** Everything on, nothing watched, anonymous. */
export const DEFAULT_SETTINGS: Settings = {
  detectors: { organizations: true, commitments: true },
  watchList: [],
  author: '',
  backupReminderDays: 30,
  lastBackup: null,
};

/** Version 1's shape, before backup reminders. */
type SettingsV1 = Omit<Settings, 'backupReminderDays' | 'lastBackup'>;

/** The stored settings item (version 2). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1): Settings => ({ ...old, backupReminderDays: 30, lastBackup: null }),
  },
});

/**
 * Whether to remind the user to back up.
 *
 * @param settings - Current settings.
 * @param annotationCount - How many annotations are stored.
 * @param now - Current time in ms.
 * @return True when there is something to lose and the last backup is too old.
 */
export function backupDue(settings: Settings, annotationCount: number, now: number): boolean {
  if (settings.backupReminderDays <= 0 || annotationCount === 0) return false;
  if (!settings.lastBackup) return true;
  return now - Date.parse(settings.lastBackup) > settings.backupReminderDays * 86_400_000;
}

/**
 * Parses the options page's watch-list text: one organization per line,
 * its name first, then aliases, separated by ";" ("Contemporary Amperex
 * Technology Co., Limited; CATL; 宁德时代").
 *
 * @param text - The textarea's content.
 * @return Entries with trimmed, de-duplicated names; blank lines skipped.
 */
export function parseWatchList(text: string): WatchListEntry[] {
  return text
    .split('\n')
    .map((line) => [
      ...new Set(
        line
          .split(';')
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ])
    .filter((names) => names.length > 0)
    .map(([name, ...aliases]) => ({ name: name as string, aliases }));
}

/**
 * The inverse of {@link parseWatchList}.
 *
 * @param entries - The watch list.
 * @return One line per entry.
 */
export const formatWatchList = (entries: readonly WatchListEntry[]): string =>
  entries.map((e) => [e.name, ...e.aliases].join('; ')).join('\n');
