/**
 * The structured fields of an automatic finding: canonical organization, or
 * a commitment's actor, action, amount, deadline and firmness.
 */
import { Fragment } from 'preact';
import { type MessageKey, t } from '../i18n';
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
  const rows: [field: string, label: MessageKey, value: string | undefined][] =
    annotation.kind === 'commitment'
      ? [
          ['actor', 'fieldActor', d.actor ?? d.entity],
          ['action', 'fieldAction', d.action],
          ['amount', 'fieldAmount', d.amount?.text],
          ['deadline', 'fieldDeadline', d.deadline],
          ['firmness', 'fieldFirmness', d.firmness],
        ]
      : [['organization', 'fieldOrganization', d.entity]];
  return (
    <dl class="facts">
      {rows
        .filter(([, , value]) => value)
        .map(([field, label, value]) => (
          <Fragment key={field}>
            <dt>{t(label)}</dt>
            <dd data-field={field}>{value}</dd>
          </Fragment>
        ))}
      <dt>{t('fieldConfidence')}</dt>
      <dd>{Math.round(d.confidence * 100)}%</dd>
    </dl>
  );
}
