/**
 * The popup's export and import: this page in every format, everything as
 * CSV, and importing a team bundle.
 */
import { useState } from 'preact/hooks';
import { toCsv, toCsvRow } from '../export/csv';
import { t } from '../i18n';
import { callBackground } from '../messaging';
import type { PageRecord } from '../model';
import { downloadParts, exportName } from '../ui/download';
import { ExportButtons, type ExportSource } from '../ui/export-buttons';
import { ImportBundle } from '../ui/import-bundle';

/**
 * The export bar.
 *
 * @param props - The page (null when never annotated), a file name, and a reload after import.
 * @return The bar.
 */
export function ExportBar({
  page,
  name,
  onImported,
}: {
  page: PageRecord | null;
  name: string;
  onImported: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const source: ExportSource = {
    name,
    label: page?.title ?? name,
    async *batches() {
      if (!page) return;
      const records = await callBackground('exportPage', page.id);
      if (!records.ok) throw new Error(records.error);
      yield records.value;
    },
  };

  const exportAll = async () => {
    setProblem(null);
    const all = await callBackground('listAll');
    if (!all.ok) return setProblem(all.error);
    downloadParts(exportName('all', 'csv'), [toCsv(all.value.map((a) => toCsvRow(a)))], 'text/csv');
  };

  return (
    <section class="export" aria-label={t('exportSection')}>
      <ExportButtons source={source} disabled={!page} />
      <div class="export-more">
        <button type="button" onClick={exportAll}>
          {t('exportAllCsv')}
        </button>
        <ImportBundle onImported={onImported} />
      </div>
      {problem && <p class="problem">{problem}</p>}
    </section>
  );
}
