/**
 * The library page: every annotated release in one place, with views for
 * releases, organizations, the commitment tracker and full-text search,
 * and exports and import for the whole library.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import { ask } from './ask';
import { CommitmentsView } from './commitments-view';
import { formatCount } from './format';
import { LibraryExports } from './library-exports';
import { OrganizationsView } from './organizations-view';
import type { LibraryCounts } from './protocol';
import { ReleasesView } from './releases-view';
import { SearchView } from './search-view';
import { type TabSpec, Tabs } from './tabs';

type View = 'releases' | 'organizations' | 'commitments' | 'search';

const VIEWS: View[] = ['releases', 'organizations', 'commitments', 'search'];
/** When no view has shown rows yet (search), count anyway after this long. */
const COUNTS_AT_LATEST_MS = 1_500;
const fromHash = (): View => VIEWS.find((v) => `#${v}` === location.hash) ?? 'releases';

/**
 * The library application.
 *
 * @return The page's content.
 */
export function LibraryApp() {
  const lang = uiLanguage();
  const [view, setView] = useState<View>(fromHash);
  const [revision, setRevision] = useState(0);
  const [counts, setCounts] = useState<LibraryCounts | null>(null);
  useEffect(() => {
    // Counting every record walks a whole index (about a second at 100,000
    // annotations): ask once the view on screen has shown its first rows
    // (its User Timing mark), so the count never delays them.
    let asked = false;
    const load = () => {
      if (asked) return;
      asked = true;
      stop();
      ask('libraryCounts').then(setCounts, () => setCounts(null));
    };
    const observer = new PerformanceObserver(load);
    const timer = setTimeout(load, COUNTS_AT_LATEST_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe({ type: 'mark' });
    return stop;
  }, [revision]);
  useEffect(() => {
    const follow = () => setView(fromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const choose = (next: View) => {
    setView(next);
    history.replaceState(null, '', `#${next}`);
  };
  const tabs: TabSpec<View>[] = [
    { id: 'releases', label: t('libraryTabReleases') },
    { id: 'organizations', label: t('libraryTabOrganizations') },
    { id: 'commitments', label: t('libraryTabCommitments') },
    { id: 'search', label: t('libraryTabSearch') },
  ];
  return (
    <main data-view={view}>
      <header>
        <h1>{t('libraryTitle')}</h1>
        {counts && (
          <p class="summary" data-counts>
            {t(
              'librarySummary',
              formatCount(counts.releases, lang),
              formatCount(counts.annotations, lang),
            )}
          </p>
        )}
      </header>
      <Tabs tabs={tabs} chosen={view} onChoose={choose} label={t('libraryTabs')}>
        {view === 'releases' && <ReleasesView revision={revision} />}
        {view === 'organizations' && <OrganizationsView revision={revision} />}
        {view === 'commitments' && <CommitmentsView revision={revision} />}
        {view === 'search' && <SearchView />}
      </Tabs>
      <LibraryExports counts={counts} onImported={() => setRevision((r) => r + 1)} />
    </main>
  );
}
