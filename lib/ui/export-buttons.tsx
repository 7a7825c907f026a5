/**
 * The export controls shared by the popup (this page) and the library (all,
 * or the filtered set): CSV, W3C JSON-LD, Markdown and team bundle. Files
 * are built batch by batch, yielding to the event loop between batches so
 * large exports keep the page responsive, with progress shown.
 */
import { useState } from 'preact/hooks';
import {
  type ExportBatch,
  type ExportFormat,
  exportChunks,
  FORMAT_FILES,
} from '../export/export-chunks';
import { t } from '../i18n';
import { settingsItem } from '../settings';
import { downloadParts, exportName } from './download';

/** Where an export's records come from. */
export interface ExportSource {
  /** File name base, e.g. the release title or "all". */
  name: string;
  /** Collection label written into JSON-LD and bundles. */
  label: string;
  /** The records, batch by batch; `withDeleted` for bundles (tombstones travel). */
  batches(withDeleted: boolean): AsyncIterable<ExportBatch>;
  /** How many annotations, when known (for progress). */
  total?: number;
}

const BUTTONS: [ExportFormat, 'exportCsv' | 'exportJsonld' | 'exportMarkdown' | 'exportBundle'][] =
  [
    ['csv', 'exportCsv'],
    ['jsonld', 'exportJsonld'],
    ['markdown', 'exportMarkdown'],
    ['bundle', 'exportBundle'],
  ];

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Export buttons for one source.
 *
 * @param props - The source; `compact` hides the BOM option.
 * @return The controls.
 */
export function ExportButtons({
  source,
  disabled = false,
}: {
  source: ExportSource;
  disabled?: boolean;
}) {
  const [bom, setBom] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    setProblem(null);
    setBusy(t('exportPreparing'));
    try {
      const { author } = await settingsItem.getValue();
      let done = 0;
      const counted = async function* () {
        for await (const batch of source.batches(format === 'bundle')) {
          done += batch.annotations.length;
          setBusy(source.total ? t('exportProgress', done, source.total) : t('exportPreparing'));
          yield batch;
          await pause();
        }
      };
      const parts: string[] = [];
      const options = {
        label: source.label,
        author: author || null,
        now: new Date().toISOString(),
        bom,
      };
      for await (const chunk of exportChunks(format, counted(), options)) parts.push(chunk);
      const { extension, type } = FORMAT_FILES[format];
      downloadParts(exportName(source.name, extension), parts, type);
    } catch (error) {
      setProblem(t('exportFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="export-buttons">
      {BUTTONS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          disabled={disabled || busy !== null}
          onClick={() => run(format)}
        >
          {t(label)}
        </button>
      ))}
      <label class="bom">
        <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} />
        {t('exportBom')}
      </label>
      {busy && (
        <p class="progress" role="status">
          {busy}
        </p>
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
