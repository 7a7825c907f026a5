/**
 * Editing a user highlight in the page: its note and tags, or deleting it
 * (with an Undo toast).
 */
import { t } from '../i18n';
import type { Annotation } from '../model';
import { quoteOf } from '../stored-selectors';
import type { SessionContext } from './session-context';
import { openNoteEditor } from './ui/note-editor';
import { showToast } from './ui/toast';

/**
 * Opens the note editor for an existing highlight.
 *
 * @param ctx - The session.
 * @param annotation - The highlight.
 * @param rect - Where it is, in viewport coordinates.
 */
export function editNote(ctx: SessionContext, annotation: Annotation, rect: DOMRect): void {
  const { doc, scope, writes } = ctx;
  const close = openNoteEditor(
    doc,
    {
      quote: quoteOf(annotation),
      note: annotation.note,
      tags: annotation.tags,
      rect,
      isNew: false,
    },
    {
      save: (fields) => void writes.patch(annotation.id, fields, 'errorSaveNote'),
      delete: async () => {
        await writes.setDeleted(annotation.id, true);
        const undo = () => void writes.setDeleted(annotation.id, false);
        scope.onDispose(showToast(doc, t('highlightDeleted'), { label: t('undo'), run: undo }));
      },
      cancel: () => {},
    },
  );
  scope.onDispose(close);
}
