/**
 * Pressmark at work on a page whose release was found: paints the stored
 * annotations, reports how they anchored, shows what changed since they
 * were made, and lets the user highlight, note, edit, delete, accept edited
 * text and re-attach orphans. Everything it registers lives in `scope`.
 */
import { describe } from '../anchor';
import { fromRange } from '../anchor/dom-range';
import type { ExtractedArticle } from '../extract/read-article';
import { createHighlighter } from '../highlight/highlighter';
import { caretAt, entriesAt } from '../highlight/hit-test';
import { type MessageKey, t } from '../i18n';
import { callBackground, type PageView } from '../messaging';
import type { Annotation, PageRecord, TextChange } from '../model';
import { fingerprint } from '../page/fingerprint';
import type { AnnotationPatch } from '../store/annotations';
import { createAnnotationLayer } from './anchored-annotations';
import { newHighlight } from './new-annotation';
import type { Scope } from './scope';
import { showChangesBanner } from './ui/changes-banner';
import { openDetectionCard } from './ui/detection-card';
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
  /** Takes a fuzzy match's new text as the annotation's text. */
  acceptAnchor(id: string): Promise<boolean>;
  /** Re-attaches an annotation to the current selection. */
  reattach(id: string): Promise<boolean>;
  /** True when every annotation has been anchored and reported. */
  settled(): boolean;
}

/** How long the popup's "jump to" flash stays. */
const FLASH_MS = 1600;
/** Hover this long over an automatic highlight before its card shows. */
const HOVER_MS = 250;
/** Batch anchoring reports: several changes in a row make one message. */
const REPORT_DELAY_MS = 150;

/**
 * Starts the session.
 *
 * @param scope - Lifetime of everything the session registers.
 * @param extracted - The release found on this page.
 * @param view - The page record and its stored annotations.
 * @param onStaleWrite - Called when a save finishes after the session ended
 *   (the page was re-read meanwhile), so the current session can reload.
 * @return The session's controls, once stored annotations are anchored.
 */
export async function startArticleSession(
  scope: Scope,
  extracted: ExtractedArticle,
  view: PageView & { page: PageRecord },
  onStaleWrite: () => void = () => {},
): Promise<ArticleSession> {
  const doc = document;
  const url = () => location.href;
  const { article, model, container } = extracted;
  const currentFingerprint = fingerprint(article.text);
  let page = view.page;
  const pageId = page.id;
  const highlighter = createHighlighter();
  scope.onDispose(() => highlighter.clear());
  const layer = createAnnotationLayer(model, highlighter, scope.signal);

  let changes: TextChange[] | null = null;
  let removeBanner: (() => void) | null = null;
  let pendingReport: (() => void) | null = null;
  let reported = false;

  const sendReport = async () => {
    pendingReport = null;
    const states = layer.states();
    const report = {
      checked: new Date().toISOString(),
      fingerprint: currentFingerprint,
      states,
      changes,
    };
    const result = await callBackground('reportAnchoring', { pageId, report });
    if (result.ok) page = result.value;
    reported = true;
  };
  /** Reports now, so whoever asked (the popup) reads fresh states. */
  const flushReport = async () => {
    pendingReport?.();
    await sendReport();
  };
  const scheduleReport = () => {
    pendingReport?.();
    reported = false;
    pendingReport = scope.setTimeout(() => void sendReport(), REPORT_DELAY_MS);
  };

  // The release as annotated differs from the release now: say so, and how.
  const hasAnnotations = view.annotations.length > 0;
  if (
    hasAnnotations &&
    page.snapshotFingerprint &&
    page.snapshotFingerprint !== currentFingerprint
  ) {
    const compared = await callBackground('compareWithSnapshot', {
      pageId,
      text: article.text,
      lang: article.lang,
    });
    changes = compared.ok ? compared.value : null;
    if (changes) {
      removeBanner = showChangesBanner(doc, changes);
      scope.onDispose(removeBanner);
    }
  }

  const anchoring = performance.now();
  await layer.setAll(view.annotations);
  performance.measure('pressmark:anchor', { start: anchoring, end: performance.now() });
  await sendReport();

  const report = (failure: MessageKey, error: string) => showToast(doc, t(failure, error));

  /** The text annotations are made against becomes the page's snapshot. */
  const snapshotIfNeeded = async () => {
    if (page.snapshotFingerprint === currentFingerprint) return;
    const saved = await callBackground('saveSnapshot', {
      pageId,
      text: article.text,
      fingerprint: currentFingerprint,
    });
    if (!saved.ok) return;
    page = saved.value;
    changes = null;
    removeBanner?.();
  };

  const store = async (annotation: Annotation) => {
    const saved = await callBackground('saveAnnotation', annotation);
    if (!saved.ok) return report('errorSaveHighlight', saved.error);
    // The page was re-read while saving: the new session may have missed it.
    if (scope.signal.aborted) return onStaleWrite();
    await snapshotIfNeeded();
    await layer.upsert(saved.value);
    scheduleReport();
  };

  const patch = async (id: string, fields: AnnotationPatch, failure: MessageKey) => {
    const saved = await callBackground('patchAnnotation', { id, patch: fields });
    if (!saved.ok) {
      report(failure, saved.error);
      return false;
    }
    await layer.upsert(saved.value);
    scheduleReport();
    return true;
  };

  const setDeleted = async (id: string, deleted: boolean) => {
    const result = await callBackground('setDeleted', { id, deleted });
    if (!result.ok) return report(deleted ? 'errorDelete' : 'errorRestore', result.error);
    await layer.upsert(result.value);
    scheduleReport();
  };

  const editExisting = (annotation: Annotation, rect: DOMRect) => {
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
        save: (fields) => void patch(annotation.id, fields, 'errorSaveNote'),
        delete: async () => {
          await setDeleted(annotation.id, true);
          scope.onDispose(
            showToast(doc, t('highlightDeleted'), {
              label: t('undo'),
              run: () => void setDeleted(annotation.id, false),
            }),
          );
        },
        cancel: () => {},
      },
    );
    scope.onDispose(close);
  };

  const selectedSpan = () => {
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
    const close = openNoteEditor(
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
    scope.onDispose(close);
    return true;
  };

  const toolbar = createSelectionToolbar(doc, {
    highlight: () => annotateSelection(false),
    note: () => annotateSelection(true),
  });
  scope.onDispose(toolbar.destroy);

  const fromOurUi = (event: Event) => (event.target as Element | null)?.tagName === 'PRESSMARK-UI';
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
    if (!(await patch(annotation.id, fields, 'errorReview'))) return;
    if (fields.review === 'dismissed') {
      scope.onDispose(
        showToast(doc, t('findingDismissed'), {
          label: t('undo'),
          run: () =>
            void patch(annotation.id, { review: annotation.review ?? 'pending' }, 'errorReview'),
        }),
      );
    }
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
    if (note) return editExisting(note.annotation, note.range.getBoundingClientRect());
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

  return {
    annotateSelection,
    scrollTo(id) {
      const range = layer.get(id)?.range;
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      scope.setTimeout(highlighter.add('focus', [range]), FLASH_MS);
      return true;
    },
    async refresh() {
      const fresh = await callBackground('getPageView', url());
      if (!fresh.ok) return;
      if (fresh.value.page) page = fresh.value.page;
      await layer.setAll(fresh.value.annotations);
      await sendReport();
    },
    async acceptAnchor(id) {
      const entry = layer.get(id);
      const { start, end, status } = entry?.result ?? {};
      if (!entry || status !== 'fuzzy' || start === undefined || end === undefined) return false;
      const { quote, position } = describe(model.text, start, end);
      const done = await patch(id, { selectors: [quote, position] }, 'errorAcceptText');
      await flushReport();
      return done;
    },
    async reattach(id) {
      const selected = selectedSpan();
      if (!selected || !layer.get(id)) return false;
      const { quote, position } = describe(model.text, selected.span.start, selected.span.end);
      selected.selection.removeAllRanges();
      const done = await patch(
        id,
        { selectors: [quote, position], detached: null },
        'errorReattach',
      );
      if (done) await snapshotIfNeeded();
      await flushReport();
      return done;
    },
    settled: () => reported && pendingReport === null,
  };
}

const quoteOf = (annotation: Annotation): string =>
  annotation.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
