/**
 * "Changed since you annotated it": the sentence-level differences between
 * the release as annotated and as it reads now. Carries
 * `data-pressmark-changed` (test contract).
 */
import type { TextChange } from '../model';

const LABEL: Record<TextChange['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  edited: 'Edited',
};

/**
 * Lists the changes.
 *
 * @param props - The changes (non-empty).
 * @return The panel.
 */
export function ChangesPanel({ changes }: { changes: TextChange[] }) {
  return (
    <details class="changed" data-pressmark-changed={changes.length} open={changes.length <= 3}>
      <summary>
        Changed since you annotated it: {changes.length}{' '}
        {changes.length === 1 ? 'change' : 'changes'}
      </summary>
      <ol>
        {changes.map((change, i) => (
          <li key={i} class={`change change-${change.kind}`}>
            <strong>{LABEL[change.kind]}: </strong>
            {change.before !== undefined && <del>{change.before}</del>}
            {change.before !== undefined && change.after !== undefined && ' → '}
            {change.after !== undefined && <ins>{change.after}</ins>}
          </li>
        ))}
      </ol>
    </details>
  );
}
