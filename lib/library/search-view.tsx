/**
 * Search: full text over quotes, notes and tags of every release, fifty
 * results at a time; the results export as they stand.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import { ExportButtons } from '../ui/export-buttons';
import { ask } from './ask';
import { searchSource } from './export-sources';
import { formatDay } from './format';
import { KIND_LABEL } from './labels';
import type { SearchHit } from './protocol';
import { WINDOW } from './use-window';

interface Results {
  text: string;
  hits: SearchHit[];
  next: string | null;
}

/**
 * The search view. Results stay as found until the next search, also
 * across an import.
 *
 * @return Form, results, "More results" and exports.
 */
export function SearchView() {
  const lang = uiLanguage();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // When results are on screen (for the benchmark and the DevTools timeline).
  useEffect(() => {
    if (results) performance.mark('pressmark:search');
  }, [results]);

  const run = async (query: string, from: Results | null) => {
    setBusy(true);
    setProblem(null);
    try {
      const page = await ask('searchAnnotations', {
        text: query,
        after: from?.next ?? null,
        limit: WINDOW,
      });
      setResults({ text: query, hits: [...(from?.hits ?? []), ...page.hits], next: page.next });
    } catch (error) {
      setProblem(t('libraryFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-view="search">
      <form
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void run(text, null);
        }}
      >
        <div class="field">
          <label for="search-text">{t('librarySearchLabel')}</label>
          <input
            id="search-text"
            type="search"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {t('librarySearchButton')}
        </button>
      </form>
      <p class="hint">{t('librarySearchHint')}</p>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      {results && (
        <>
          <p
            class="shown"
            role="status"
            data-results={results.hits.length}
            data-complete={results.next === null}
          >
            {results.hits.length === 0
              ? t('librarySearchNone', results.text)
              : t('librarySearchCount', results.hits.length)}
          </p>
          {results.hits.length > 0 && (
            <section class="selection-exports" aria-label={t('libraryExportSelection')}>
              <h3>{t('libraryExportSelection')}</h3>
              <ExportButtons
                source={searchSource(t('librarySearchExportLabel', results.text), results.text)}
              />
            </section>
          )}
          <ol class="list results">
            {results.hits.map((hit) => (
              <li key={hit.id} class="item" data-annotation-id={hit.id} data-kind={hit.kind}>
                <p class="meta">
                  <span class={`kind kind-${hit.kind}`}>{t(KIND_LABEL[hit.kind])}</span>
                  <span>{formatDay(hit.published, lang)}</span>
                </p>
                <blockquote class="quote">{hit.quote}</blockquote>
                {hit.note && <p class="note">{hit.note}</p>}
                {hit.tags.length > 0 && (
                  <ul class="tags">
                    {hit.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                )}
                <a href={hit.url} target="_blank" rel="noopener noreferrer">
                  {hit.release}
                </a>
              </li>
            ))}
          </ol>
          {results.next !== null && (
            <button type="button" disabled={busy} onClick={() => run(results.text, results)}>
              {t('librarySearchMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
