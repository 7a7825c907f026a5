/**
 * The structured fields of an automatic finding: canonical organization, or
 * a commitment's actor, action, amount, deadline and firmness.
 */
import { Fragment } from 'preact';
import type { Annotation } from '../model';

/**
 * Lists a finding's fields.
 *
 * @param props - The annotation (automatic).
 * @return A definition list, or nothing for user highlights.
 */
export function DetectionFacts({ annotation }: { annotation: Annotation }) {
  const d = annotation.detection;
  if (!d) return null;
  const rows: [string, string | undefined][] =
    annotation.kind === 'commitment'
      ? [
          ['Actor', d.actor ?? d.entity],
          ['Action', d.action],
          ['Amount', d.amount?.text],
          ['Deadline', d.deadline],
          ['Firmness', d.firmness],
        ]
      : [['Organization', d.entity]];
  return (
    <dl class="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd data-field={label.toLowerCase()}>{value}</dd>
          </Fragment>
        ))}
      <dt>Confidence</dt>
      <dd>{Math.round(d.confidence * 100)}%</dd>
    </dl>
  );
}
