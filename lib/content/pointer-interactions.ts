/**
 * What the pointer does on highlights: a click on the user's highlight
 * opens its note; hovering an automatic one shows its card, a click pins it
 * (Accept, Correct…, Dismiss with Undo). Highlights are not elements, so the
 * text position under the pointer decides.
 */
import { caretAt, entriesAt } from '../highlight/hit-test';
import { t } from '../i18n';
import type { Annotation } from '../model';
import type { AnnotationPatch } from '../store/annotations';
import { editNote } from './note-editing';
import { fromOurUi, type SessionContext } from './session-context';
import { openDetectionCard } from './ui/detection-card';
import { showToast } from './ui/toast';

/** Hover this long over an automatic highlight before its card shows. */
const HOVER_MS = 250;

/**
 * Installs the click and hover handling.
 *
 * @param ctx - The session.
 */
export function startPointerInteractions(ctx: SessionContext): void {
  const { doc, scope, container, layer, writes } = ctx;

  /** The drawn annotations under a viewport point, innermost first. */
  const drawnAt = (x: number, y: number, kinds: readonly Annotation['kind'][]) => {
    const point = caretAt(doc, x, y);
    if (!point || !container.contains(point.node)) return [];
    const candidates = layer
      .all()
      .filter(
        (e): e is typeof e & { range: Range } =>
          e.range !== null &&
          kinds.includes(e.annotation.kind) &&
          e.annotation.review !== 'dismissed',
      );
    return entriesAt(candidates, point);
  };

  const review = async (annotation: Annotation, fields: AnnotationPatch) => {
    if (!(await writes.patch(annotation.id, fields, 'errorReview'))) return;
    if (fields.review !== 'dismissed') return;
    const undo = () =>
      void writes.patch(annotation.id, { review: annotation.review ?? 'pending' }, 'errorReview');
    scope.onDispose(showToast(doc, t('findingDismissed'), { label: t('undo'), run: undo }));
  };

  let card: { id: string; host: HTMLElement; close: () => void; pinned: boolean } | null = null;
  let hoverTimer: (() => void) | null = null;
  const closeCard = () => {
    card?.close();
    card = null;
  };
  scope.onDispose(closeCard);
  const showCard = (annotation: Annotation, range: Range, pinned: boolean) => {
    closeCard();
    const opened = openDetectionCard(
      doc,
      annotation,
      range.getBoundingClientRect(),
      {
        accept: () => void review(annotation, { review: 'accepted' }),
        dismiss: () => void review(annotation, { review: 'dismissed' }),
        correct: (fields) =>
          void review(annotation, {
            review: 'corrected',
            detection: { ...(annotation.detection ?? { rule: '', confidence: 0 }), ...fields },
          }),
      },
      pinned,
    );
    card = { id: annotation.id, ...opened, pinned };
  };

  scope.listen(doc, 'click', (event) => {
    if (fromOurUi(event) || !doc.getSelection()?.isCollapsed) return;
    const { clientX, clientY } = event as MouseEvent;
    const [note] = drawnAt(clientX, clientY, ['note']);
    if (note) return editNote(ctx, note.annotation, note.range.getBoundingClientRect());
    const [found] = drawnAt(clientX, clientY, ['organization', 'commitment']);
    hoverTimer?.(); // a click decides; a pending hover must not replace its card
    if (found) showCard(found.annotation, found.range, true);
    else if (card?.pinned) closeCard();
  });

  // Hover shows the card; leaving both the highlight and the card hides it.
  let frame = 0;
  scope.listen(doc, 'mousemove', (event) => {
    const { clientX, clientY, target } = event as MouseEvent;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (card?.pinned || target === card?.host) return;
      const [found] = drawnAt(clientX, clientY, ['organization', 'commitment']);
      if (found?.annotation.id === card?.id) return;
      hoverTimer?.();
      hoverTimer = scope.setTimeout(() => {
        if (card?.pinned) return;
        if (found) showCard(found.annotation, found.range, false);
        else closeCard();
      }, HOVER_MS);
    });
  });
}
