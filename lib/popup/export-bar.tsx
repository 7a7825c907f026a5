/**
 * Export buttons: this page's annotations, or everything in the store.
 */
import { useState } from 'preact/hooks';
import { toCsv, toCsvRow } from '../export/csv';
import { callBackground } from '../messaging';
import type { Annotation } from '../model';
import { downloadText, exportName } from './download';

/**
 * The export controls.
 *
 * @param props - The page's annotations and a name for its files.
 * @return The bar.
 */
export function ExportBar({ annotations, name }: { annotations: Annotation[]; name: string }) {
  const [bom, setBom] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const saveCsv = (list: Annotation[], base: string) =>
    downloadText(
      exportName(base, 'csv'),
      toCsv(
        list.map((a) => toCsvRow(a)),
        { bom },
      ),
      'text/csv',
    );

  const exportAll = async () => {
    setProblem(null);
    const all = await callBackground('listAll');
    if (all.ok) saveCsv(all.value, 'all');
    else setProblem(all.error);
  };

  return (
    <section class="export" aria-label="Export">
      <button
        type="button"
        onClick={() => saveCsv(annotations, name)}
        disabled={annotations.length === 0}
      >
        Export CSV
      </button>
      <button type="button" onClick={exportAll}>
        Export all (CSV)
      </button>
      <label class="bom">
        <input type="checkbox" checked={bom} onChange={(e) => setBom(e.currentTarget.checked)} />
        For Excel (BOM)
      </label>
      {problem && <p class="problem">{problem}</p>}
    </section>
  );
}
