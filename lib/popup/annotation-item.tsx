/**
 * One annotation in the popup: quote, note, tags, time, and its actions.
 * The element carries data-annotation-id and data-kind (test contract).
 */
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import type { AnchorState, Annotation } from '../model';
import type { AnnotationPatch } from '../store/annotations';
import { quoteOf } from '../stored-selectors';
import { AnnotationEditor } from './annotation-editor';
import { DetectionFacts } from './detection-facts';

/** What an item can ask the list to do. */
export interface ItemActions {
  save(id: string, patch: AnnotationPatch): Promise<void>;
  remove(annotation: Annotation): Promise<void>;
  /** Present only when the page is open in a tab. */
  jump?: (id: string) => void;
  /** Fuzzy: take the text as it reads now (page open in a tab). */
  accept?: (id: string) => void;
  /** Fuzzy: keep the annotation but attach it to nothing. */
  detach: (id: string) => void;
  /** Orphaned: attach to the text selected in the page (page open in a tab). */
  reattach?: (id: string) => void;
}

const STATUS_LABEL = {
  anchored: 'statusAnchored',
  fuzzy: 'statusFuzzy',
  orphaned: 'statusOrphaned',
} as const;
const REVIEW_LABEL = {
  pending: 'reviewPending',
  accepted: 'reviewAccepted',
  corrected: 'reviewCorrected',
  dismissed: 'reviewDismissed',
} as const;

const KIND_LABEL = {
  note: 'kindNote',
  organization: 'kindOrganization',
  commitment: 'kindCommitment',
} as const;

const formatTime = (iso: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/**
 * Renders an annotation with view and edit modes.
 *
 * @param props - The annotation and the actions.
 * @return The list item.
 */
export function AnnotationItem({
  annotation,
  state,
  actions,
}: {
  annotation: Annotation;
  /** How it anchored on the latest visit, when known. */
  state?: AnchorState | undefined;
  actions: ItemActions;
}) {
  const [editing, setEditing] = useState(false);
  const id = annotation.id;
  const isAuto = annotation.origin === 'auto';
  const review = annotation.review ?? 'pending';

  return (
    <li
      class="item"
      data-annotation-id={id}
      data-kind={annotation.kind}
      data-status={state?.status}
      data-review={isAuto ? review : undefined}
    >
      <div class="meta">
        <span class={`kind kind-${annotation.kind}`}>{t(KIND_LABEL[annotation.kind])}</span>
        {state && state.status !== 'anchored' && (
          <span class={`status status-${state.status}`}>{t(STATUS_LABEL[state.status])}</span>
        )}
        {isAuto && review !== 'pending' && (
          <span class={`review review-${review}`}>{t(REVIEW_LABEL[review])}</span>
        )}
        <time dateTime={annotation.updated}>{formatTime(annotation.updated)}</time>
      </div>
      <blockquote class="quote">{quoteOf(annotation)}</blockquote>
      {state?.status === 'fuzzy' && (
        <div class="anchor-change">
          <p>
            {t('nowReads')} <q>{state.exact}</q>
          </p>
          <div class="actions">
            {actions.accept && (
              <button type="button" onClick={() => actions.accept?.(id)}>
                {t('acceptNewText')}
              </button>
            )}
            <button type="button" onClick={() => actions.detach(id)}>
              {t('detach')}
            </button>
          </div>
        </div>
      )}
      {state?.status === 'orphaned' && (
        <div class="anchor-change">
          <p>
            Not found in the page as it reads now. Select the text it belongs to, then re-attach.
          </p>
          {actions.reattach && (
            <div class="actions">
              <button type="button" onClick={() => actions.reattach?.(id)}>
                {t('reattach')}
              </button>
            </div>
          )}
        </div>
      )}
      {isAuto && <DetectionFacts annotation={annotation} />}
      {editing ? (
        <AnnotationEditor
          annotation={annotation}
          onSave={async (patch) => {
            await actions.save(id, patch);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {annotation.note && <p class="note">{annotation.note}</p>}
          {annotation.tags.length > 0 && (
            <ul class="tags" aria-label={t('tags')}>
              {annotation.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            {actions.jump && (
              <button type="button" onClick={() => actions.jump?.(id)}>
                {t('showInPage')}
              </button>
            )}
            {isAuto && review !== 'dismissed' && review !== 'accepted' && (
              <button type="button" onClick={() => actions.save(id, { review: 'accepted' })}>
                {t('accept')}
              </button>
            )}
            {isAuto && (
              <button
                type="button"
                onClick={() =>
                  actions.save(id, { review: review === 'dismissed' ? 'pending' : 'dismissed' })
                }
              >
                {t(review === 'dismissed' ? 'restore' : 'dismiss')}
              </button>
            )}
            <button type="button" onClick={() => setEditing(true)}>
              {t(isAuto ? 'correct' : 'edit')}
            </button>
            {!isAuto && (
              <button type="button" class="danger" onClick={() => actions.remove(annotation)}>
                {t('delete')}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
