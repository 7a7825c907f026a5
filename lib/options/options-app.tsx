/**
 * The options page: which automatic highlights to show, the user's own
 * watch-list of organizations (with aliases), the author name written into
 * annotations and shared bundles, backup reminders, and storage health.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import { formatWatchList, parseWatchList, type Settings, settingsItem } from '../settings';
import { StorageHealth } from './storage-health';

/**
 * The options page.
 *
 * @return The page's content.
 */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [watchText, setWatchText] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    settingsItem.getValue().then((value) => {
      setSettings(value);
      setWatchText(formatWatchList(value.watchList));
    });
  }, []);

  if (!settings) return <main data-options-state="loading">{t('optionsLoading')}</main>;

  const toggle = (kind: keyof Settings['detectors'], on: boolean) =>
    setSettings({ ...settings, detectors: { ...settings.detectors, [kind]: on } });

  const save = async (event: Event) => {
    event.preventDefault();
    // Keep what other pages changed meanwhile (e.g. the last backup time).
    const current = await settingsItem.getValue();
    const next = {
      ...current,
      ...settings,
      lastBackup: current.lastBackup,
      watchList: parseWatchList(watchText),
    };
    await settingsItem.setValue(next);
    setSettings(next);
    setSaved(t('optionsSaved', next.watchList.length));
  };

  return (
    <main class="options" data-options-state="ready" lang={uiLanguage()}>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={save}>
        <fieldset>
          <legend>{t('optionsDetectors')}</legend>
          <label>
            <input
              type="checkbox"
              name="organizations"
              checked={settings.detectors.organizations}
              onChange={(e) => toggle('organizations', e.currentTarget.checked)}
            />
            {t('filterOrganizations')}
          </label>
          <label>
            <input
              type="checkbox"
              name="commitments"
              checked={settings.detectors.commitments}
              onChange={(e) => toggle('commitments', e.currentTarget.checked)}
            />
            {t('optionsCommitments')}
          </label>
        </fieldset>
        <label class="block">
          {t('optionsWatchList')}
          <textarea
            name="watch-list"
            rows={8}
            value={watchText}
            placeholder={
              'Contemporary Amperex Technology Co., Limited; CATL; 宁德时代\nEuropean Commission; EU Commission'
            }
            onInput={(e) => setWatchText(e.currentTarget.value)}
          />
        </label>
        <label class="block">
          {t('optionsAuthor')}
          <input
            name="author"
            value={settings.author}
            onInput={(e) => setSettings({ ...settings, author: e.currentTarget.value })}
          />
        </label>
        <label class="block">
          {t('optionsBackupReminder')}
          <input
            name="backup-reminder"
            type="number"
            min={0}
            max={365}
            value={settings.backupReminderDays}
            onInput={(e) =>
              setSettings({ ...settings, backupReminderDays: Number(e.currentTarget.value) || 0 })
            }
          />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
        </div>
        {saved && (
          <p role="status" class="saved">
            {saved}
          </p>
        )}
      </form>
      <StorageHealth />
    </main>
  );
}
