/**
 * The options page: which automatic highlights to show, the user's own
 * watch-list of organizations (with aliases), and the author name written
 * into annotations and shared bundles. Saved explicitly, with a message.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatWatchList, parseWatchList, type Settings, settingsItem } from '../settings';

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

  if (!settings) return <main data-options-state="loading">Loading…</main>;

  const toggle = (kind: keyof Settings['detectors'], on: boolean) =>
    setSettings({ ...settings, detectors: { ...settings.detectors, [kind]: on } });

  const save = async (event: Event) => {
    event.preventDefault();
    const next = { ...settings, watchList: parseWatchList(watchText) };
    await settingsItem.setValue(next);
    setSettings(next);
    setSaved(`Saved. ${next.watchList.length} watched organizations. Reload a page to apply.`);
  };

  return (
    <main class="options" data-options-state="ready">
      <h1>Pressmark options</h1>
      <form onSubmit={save}>
        <fieldset>
          <legend>Automatic highlights</legend>
          <label>
            <input
              type="checkbox"
              name="organizations"
              checked={settings.detectors.organizations}
              onChange={(e) => toggle('organizations', e.currentTarget.checked)}
            />
            Organizations
          </label>
          <label>
            <input
              type="checkbox"
              name="commitments"
              checked={settings.detectors.commitments}
              onChange={(e) => toggle('commitments', e.currentTarget.checked)}
            />
            Commitments (who promises what, how much, by when)
          </label>
        </fieldset>
        <label class="block">
          Watch-list: one organization per line, its name first, then other names, separated by “;”
          <textarea
            name="watch-list"
            rows={8}
            value={watchText}
            placeholder={'Contemporary Amperex Technology Co., Limited; CATL; 宁德时代\nEuropean Commission; EU Commission'}
            onInput={(e) => setWatchText(e.currentTarget.value)}
          />
        </label>
        <label class="block">
          Your name (written as author into annotations and shared bundles)
          <input
            name="author"
            value={settings.author}
            onInput={(e) => setSettings({ ...settings, author: e.currentTarget.value })}
          />
        </label>
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
        </div>
        {saved && (
          <p role="status" class="saved">
            {saved}
          </p>
        )}
      </form>
    </main>
  );
}
