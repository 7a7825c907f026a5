/**
 * Filter by kind: all, the user's highlights, commitments, organizations,
 * each with its count. A radio group, so arrow keys move between choices.
 */
import type { Annotation, AnnotationKind } from '../model';

/** Which kind the list shows. */
export type KindChoice = 'all' | AnnotationKind;

const CHOICES: [KindChoice, string][] = [
  ['all', 'All'],
  ['note', 'Highlights'],
  ['commitment', 'Commitments'],
  ['organization', 'Organizations'],
];

/**
 * The filter control.
 *
 * @param props - The annotations (for counts), the current choice and its setter.
 * @return A radio group.
 */
export function KindFilter({
  annotations,
  kind,
  onKind,
}: {
  annotations: Annotation[];
  kind: KindChoice;
  onKind: (kind: KindChoice) => void;
}) {
  const live = annotations.filter((a) => a.review !== 'dismissed');
  const count = (choice: KindChoice) =>
    choice === 'all' ? live.length : live.filter((a) => a.kind === choice).length;
  return (
    <div class="kind-filter" role="radiogroup" aria-label="Show">
      {CHOICES.map(([value, label]) => (
        <label key={value} class={kind === value ? 'chosen' : ''}>
          <input
            type="radio"
            name="kind"
            value={value}
            checked={kind === value}
            onChange={() => onKind(value)}
          />
          {label} <span class="count">{count(value)}</span>
        </label>
      ))}
    </div>
  );
}
