/**
 * Exporting and importing the whole library: every annotation in each
 * format, a full backup (a bundle of every record, tombstones and history
 * included, and every release), and importing someone's bundle.
 */
import { useState } from 'preact/hooks';
import { exportChunks, FORMAT_FILES } from '../export/export-chunks';
import { t } from '../i18n';
import { settingsItem } from '../settings';
import { downloadParts, exportName } from '../ui/download';
import { ExportButtons } from '../ui/export-buttons';
import { ImportBundle } from '../ui/import-bundle';
import { allSource, backupBatches } from './export-sources';
import type { LibraryCounts } from './protocol';

/**
 * The export and import section.
 *
 * @param props - What the library holds (null until counted), and a reload after an import.
 * @return The section.
 */
export function LibraryExports({
  counts,
  onImported,
}: {
  counts: LibraryCounts | null;
  onImported: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  // Unknown until counted (that waits for the first view): only a known zero disables.
  const empty = counts !== null && counts.records === 0;

  const backup = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const { author } = await settingsItem.getValue();
      const now = new Date().toISOString();
      const options = { label: t('libraryBackupLabel'), author: author || null, now };
      const parts: string[] = [];
      for await (const chunk of exportChunks('bundle', backupBatches(), options)) parts.push(chunk);
      const { extension, type } = FORMAT_FILES.bundle;
      downloadParts(exportName('backup', extension), parts, type);
      setMessage({ kind: 'status', text: t('libraryBackupDone') });
    } catch (error) {
      setMessage({
        kind: 'alert',
        text: t('exportFailed', error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="library-exports" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('libraryExportsTitle')}</h2>
      <section class="all-exports" aria-label={t('libraryExportAll')}>
        <h3>{t('libraryExportAll')}</h3>
        <ExportButtons
          source={allSource(t('libraryAllLabel'), counts?.records ?? 0)}
          disabled={empty}
        />
      </section>
      <div class="backup">
        <button type="button" onClick={backup} disabled={busy || empty}>
          {t('libraryBackup')}
        </button>
        {busy && (
          <p class="progress" role="status">
            {t('exportPreparing')}
          </p>
        )}
        {message && (
          <p class={message.kind === 'alert' ? 'problem' : 'saved'} role={message.kind}>
            {message.text}
          </p>
        )}
      </div>
      <ImportBundle onImported={onImported} />
    </section>
  );
}
