/**
 * From a selection to a highlight: the toolbar over selections inside the
 * article, "Highlight" and "Highlight with note" (also reached from the
 * context menu and the keyboard shortcuts through the background).
 */
import { fromRange } from '../anchor/dom-range';
import { quoteOf } from '../stored-selectors';
import { newHighlight } from './new-annotation';
import { fromOurUi, type SessionContext } from './session-context';
import { openNoteEditor } from './ui/note-editor';
import { createSelectionToolbar } from './ui/selection-toolbar';

/** The selection, if it covers article text. */
export interface SelectedSpan {
  selection: Selection;
  range: Range;
  span: { start: number; end: number };
}

/** What the selection flow offers the session. */
export interface SelectionFlow {
  /** Highlights the current selection; false when it is not in the article. */
  annotateSelection(withNote: boolean): boolean;
  /** The current selection inside the article, if any. */
  selectedSpan(): SelectedSpan | null;
}

/**
 * Sets up the toolbar and its listeners.
 *
 * @param ctx - The session.
 * @param page - The page's id and title, for new records.
 * @return The flow.
 */
export function startSelectionFlow(
  ctx: SessionContext,
  page: { id: string; title: string },
): SelectionFlow {
  const { doc, scope, model, highlighter, writes } = ctx;

  const selectedSpan = (): SelectedSpan | null => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const span = fromRange(model, range);
    return span ? { selection, range, span } : null;
  };

  const annotateSelection = (withNote: boolean): boolean => {
    const selected = selectedSpan();
    if (!selected) return false;
    const { selection, range, span } = selected;
    toolbar.hide();
    const record = newHighlight(span, {
      text: model.text,
      pageId: page.id,
      url: location.href,
      pageTitle: page.title,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    if (!withNote) {
      selection.removeAllRanges();
      void writes.store(record);
      return true;
    }
    const rect = range.getBoundingClientRect();
    const unflash = highlighter.add('focus', [range.cloneRange()]);
    selection.removeAllRanges();
    const close = openNoteEditor(
      doc,
      { quote: quoteOf(record), note: '', tags: [], rect, isNew: true },
      {
        save: (fields) => {
          unflash();
          void writes.store({ ...record, ...fields });
        },
        cancel: unflash,
      },
    );
    scope.onDispose(close);
    return true;
  };

  const toolbar = createSelectionToolbar(doc, {
    highlight: () => annotateSelection(false),
    note: () => annotateSelection(true),
  });
  scope.onDispose(toolbar.destroy);

  const updateToolbar = (event: Event) => {
    if (fromOurUi(event)) return;
    // Let the browser settle the selection first.
    scope.setTimeout(() => {
      const selected = selectedSpan();
      if (selected) toolbar.show(selected.range.getBoundingClientRect());
      else toolbar.hide();
    }, 0);
  };
  scope.listen(doc, 'mouseup', updateToolbar);
  scope.listen(doc, 'keyup', (event) => {
    const key = event as KeyboardEvent;
    if (key.shiftKey || key.key === 'Escape') updateToolbar(event);
  });

  return { annotateSelection, selectedSpan };
}
