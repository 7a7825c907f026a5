/**
 * "Always annotate on this site". The host permission must be requested
 * synchronously inside the click, before any await, or browsers refuse.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { callBackground } from '../messaging';

/**
 * The checkbox for one origin.
 *
 * @param props - The page's origin.
 * @return The control, or nothing for non-web pages.
 */
export function SiteToggle({ origin }: { origin: string }) {
  const [always, setAlways] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    callBackground('getSiteAccess', origin).then((r) => setAlways(r.ok ? r.value.always : false));
  }, [origin]);

  const toggle = (want: boolean) => {
    setProblem(null);
    const granted = want
      ? browser.permissions.request({ origins: [`${origin}/*`] })
      : Promise.resolve(true);
    granted
      .then(async (ok) => {
        if (!ok) throw new Error(t('permissionDenied'));
        const result = await callBackground('setSiteAccess', { origin, always: want });
        if (!result.ok) throw new Error(result.error);
        setAlways(result.value.always);
      })
      .catch((e: Error) => setProblem(e.message));
  };

  return (
    <div class="site-toggle">
      <label>
        <input
          type="checkbox"
          checked={always ?? false}
          disabled={always === null}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        {t('alwaysAnnotate', new URL(origin).host)}
      </label>
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
