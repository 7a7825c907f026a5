/**
 * Confirm or dismiss, at once, every automatic finding the filters show:
 * e.g. "Organizations" + an entity, then "Accept all shown".
 */
import { t } from '../i18n';
import type { Annotation } from '../model';

/**
 * The bulk buttons; nothing when no pending finding is shown.
 *
 * @param props - The shown annotations and the action.
 * @return The buttons.
 */
export function BulkReview({
  shown,
  onReview,
}: {
  shown: Annotation[];
  onReview: (ids: string[], review: 'accepted' | 'dismissed') => void;
}) {
  const findings = shown.filter((a) => a.origin === 'auto' && a.review !== 'dismissed');
  const pending = findings.filter((a) => (a.review ?? 'pending') === 'pending');
  if (findings.length === 0) return null;
  return (
    <fieldset class="bulk">
      <legend class="sr-only">{t('bulkLabel')}</legend>
      <button
        type="button"
        disabled={pending.length === 0}
        onClick={() =>
          onReview(
            pending.map((a) => a.id),
            'accepted',
          )
        }
      >
        {t('bulkAccept', pending.length)}
      </button>
      <button
        type="button"
        onClick={() =>
          onReview(
            findings.map((a) => a.id),
            'dismissed',
          )
        }
      >
        {t('bulkDismiss', findings.length)}
      </button>
    </fieldset>
  );
}
