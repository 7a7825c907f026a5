/**
 * "Changed since you annotated it": the sentence-level differences between
 * the release as annotated and as it reads now. Carries
 * `data-pressmark-changed` (test contract).
 */
import { t } from '../i18n';
import type { TextChange } from '../model';

const LABEL = { added: 'changeAdded', removed: 'changeRemoved', edited: 'changeEdited' } as const;

/**
 * Lists the changes.
 *
 * @param props - The changes (non-empty).
 * @return The panel.
 */
export function ChangesPanel({ changes }: { changes: TextChange[] }) {
  return (
    <details class="changed" data-pressmark-changed={changes.length} open={changes.length <= 3}>
      <summary>{t('changedSummary', changes.length)}</summary>
      <ol>
        {changes.map((change, i) => (
          <li key={`${i}-${change.kind}`} class={`change change-${change.kind}`}>
            <strong>{t(LABEL[change.kind])}: </strong>
            {change.before !== undefined && <del>{change.before}</del>}
            {change.before !== undefined && change.after !== undefined && ' → '}
            {change.after !== undefined && <ins>{change.after}</ins>}
          </li>
        ))}
      </ol>
    </details>
  );
}
