/**
 * Pressmark at work on a page whose release was found: paints the stored
 * annotations and lets the user highlight, note, edit and delete. Listeners
 * and timers go through WXT's context so an extension reload cleans up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fromRange } from '../anchor/dom-range';
import type { ExtractedArticle } from '../extract/read-article';
import { createHighlighter } from '../highlight/highlighter';
import { caretAt, entriesAt } from '../highlight/hit-test';
import { callBackground, type PageView } from '../messaging';
import type { Annotation } from '../model';
import { createAnnotationLayer } from './anchored-annotations';
import { newHighlight } from './new-annotation';
import { openNoteEditor } from './ui/note-editor';
import { createSelectionToolbar } from './ui/selection-toolbar';
import { showToast } from './ui/toast';

/** What the rest of the extension can ask of a running session. */
export interface ArticleSession {
  /** Highlights the current selection; false when it is not in the article. */
  annotateSelection(withNote: boolean): boolean;
  /** Scrolls an annotation into view and flashes it; false when not drawn. */
  scrollTo(id: string): boolean;
  /** Reloads the page's annotations from the background. */
  refresh(): Promise<void>;
}

/** How long the popup's "jump to" flash stays. */
const FLASH_MS = 1600;

/**
 * Starts the session.
 *
 * @param ctx - WXT's content script context.
 * @param extracted - The release found on this page.
 * @param view - The page record and its stored annotations.
 * @return The session's controls.
 */
export function startArticleSession(
  ctx: ContentScriptContext,
  extracted: ExtractedArticle,
  view: PageView & { page: NonNullable<PageView['page']> },
): ArticleSession {
  const doc = document;
  const url = () => location.href;
  const { article, model, container } = extracted;
  const pageId = view.page.id;
  const highlighter = createHighlighter();
  const layer = createAnnotationLayer(model, highlighter);
  layer.setAll(view.annotations);
  ctx.onInvalidated(() => highlighter.clear());

  const report = (what: string, error: string) =>
    showToast(doc, `Pressmark could not ${what}: ${error}`);

  const store = async (annotation: Annotation) => {
    const saved = await callBackground('saveAnnotation', annotation);
    if (saved.ok) layer.upsert(saved.value);
    else report('save the highlight', saved.error);
  };

  const editExisting = (annotation: Annotation, rect: DOMRect) => {
    openNoteEditor(
      doc,
      {
        quote: quoteOf(annotation),
        note: annotation.note,
        tags: annotation.tags,
        rect,
        isNew: false,
      },
      {
        save: async (patch) => {
          const saved = await callBackground('patchAnnotation', { id: annotation.id, patch });
          if (saved.ok) layer.upsert(saved.value);
          else report('save the note', saved.error);
        },
        delete: async () => {
          const gone = await callBackground('setDeleted', { id: annotation.id, deleted: true });
          if (!gone.ok) return report('delete the highlight', gone.error);
          layer.upsert(gone.value);
          showToast(doc, 'Highlight deleted', {
            label: 'Undo',
            run: async () => {
              const back = await callBackground('setDeleted', {
                id: annotation.id,
                deleted: false,
              });
              if (back.ok) layer.upsert(back.value);
            },
          });
        },
        cancel: () => {},
      },
    );
  };

  const annotateSelection = (withNote: boolean): boolean => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
    const range = selection.getRangeAt(0);
    const span = fromRange(model, range);
    if (!span) return false;
    toolbar.hide();
    const record = newHighlight(span, {
      text: model.text,
      pageId,
      url: url(),
      pageTitle: article.title,
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    if (!withNote) {
      selection.removeAllRanges();
      void store(record);
      return true;
    }
    const rect = range.getBoundingClientRect();
    const unflash = highlighter.add('focus', [range.cloneRange()]);
    selection.removeAllRanges();
    openNoteEditor(
      doc,
      { quote: quoteOf(record), note: '', tags: [], rect, isNew: true },
      {
        save: (fields) => {
          unflash();
          void store({ ...record, ...fields });
        },
        cancel: unflash,
      },
    );
    return true;
  };

  const toolbar = createSelectionToolbar(doc, {
    highlight: () => annotateSelection(false),
    note: () => annotateSelection(true),
  });
  ctx.onInvalidated(toolbar.destroy);

  const fromOurUi = (event: Event) => (event.target as Element | null)?.tagName === 'PRESSMARK-UI';
  const updateToolbar = (event: Event) => {
    if (fromOurUi(event)) return;
    // Let the browser settle the selection first.
    ctx.setTimeout(() => {
      const selection = doc.getSelection();
      const range =
        selection && selection.rangeCount > 0 && !selection.isCollapsed
          ? selection.getRangeAt(0)
          : null;
      if (range && fromRange(model, range)) toolbar.show(range.getBoundingClientRect());
      else toolbar.hide();
    }, 0);
  };
  ctx.addEventListener(doc, 'mouseup', updateToolbar);
  ctx.addEventListener(doc, 'keyup', (event) => {
    if ((event as KeyboardEvent).shiftKey || (event as KeyboardEvent).key === 'Escape')
      updateToolbar(event);
  });
  ctx.addEventListener(doc, 'click', (event) => {
    if (fromOurUi(event) || !doc.getSelection()?.isCollapsed) return;
    const { clientX, clientY } = event as MouseEvent;
    const point = caretAt(doc, clientX, clientY);
    if (!point || !container.contains(point.node)) return;
    const [hit] = entriesAt(
      layer.drawn().filter((e) => e.annotation.kind === 'note') as {
        range: Range;
        annotation: Annotation;
      }[],
      point,
    );
    if (hit) editExisting(hit.annotation, hit.range.getBoundingClientRect());
  });

  return {
    annotateSelection,
    scrollTo(id) {
      const range = layer.get(id)?.range;
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      ctx.setTimeout(highlighter.add('focus', [range]), FLASH_MS);
      return true;
    },
    async refresh() {
      const fresh = await callBackground('getPageView', url());
      if (fresh.ok) layer.setAll(fresh.value.annotations);
    },
  };
}

const quoteOf = (annotation: Annotation): string =>
  annotation.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
