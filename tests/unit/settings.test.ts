import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backupDue,
  DEFAULT_SETTINGS,
  formatWatchList,
  parseWatchList,
  settingsItem,
} from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('migrates version 1 settings forward, keeping what the user set', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        detectors: { organizations: false, commitments: true },
        watchList: [],
        author: 'Ana',
      },
      settings$: { v: 1 },
    });
    // Migrations run when the extension starts; run them again over the old data.
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      detectors: { organizations: false, commitments: true },
      watchList: [],
      author: 'Ana',
      backupReminderDays: 30,
      lastBackup: null,
    });
  });

  it('reads and writes the watch-list text one organization per line', () => {
    const text =
      ' Contemporary Amperex Technology Co., Limited ; CATL; 宁德时代 \n\nEuropean Commission;European Commission';
    const list = parseWatchList(text);
    expect(list).toEqual([
      { name: 'Contemporary Amperex Technology Co., Limited', aliases: ['CATL', '宁德时代'] },
      { name: 'European Commission', aliases: [] },
    ]);
    expect(parseWatchList(formatWatchList(list))).toEqual(list);
  });

  it.each([
    ['no annotations: nothing to lose', { lastBackup: null }, 0, false],
    ['never backed up', { lastBackup: null }, 5, true],
    ['backed up yesterday', { lastBackup: '2026-11-25T00:00:00Z' }, 5, false],
    ['backed up two months ago', { lastBackup: '2026-09-20T00:00:00Z' }, 5, true],
    ['reminders off', { lastBackup: null, backupReminderDays: 0 }, 5, false],
  ])('backup reminder: %s', (_, over, count, due) => {
    expect(
      backupDue({ ...DEFAULT_SETTINGS, ...over }, count, Date.parse('2026-11-26T12:00:00Z')),
    ).toBe(due);
  });
});
