/**
 * Pressmark at work on a page whose release was found: paints the stored
 * annotations, reports how they anchored, shows what changed since they
 * were made, and starts the parts that let the user highlight
 * (selection-flow), edit and review (pointer-interactions, note-editing).
 * Everything it registers lives in `scope`.
 */
import { describe } from '../anchor';
import type { ExtractedArticle } from '../extract/read-article';
import { createHighlighter } from '../highlight/highlighter';
import { type MessageKey, t } from '../i18n';
import { callBackground, type PageView } from '../messaging';
import type { Annotation, PageRecord, TextChange } from '../model';
import type { AnnotationPatch } from '../store/annotations';
import { createAnnotationLayer } from './anchored-annotations';
import { createAnchoringReporter } from './anchoring-reporter';
import { startPointerInteractions } from './pointer-interactions';
import type { Scope } from './scope';
import { startSelectionFlow } from './selection-flow';
import type { SessionContext, SessionWrites } from './session-context';
import { showChangesBanner } from './ui/changes-banner';
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
  const { article, model, container } = extracted;
  let page = view.page;
  // Recorded for this visit by openPage, from the same text.
  const currentFingerprint = page.fingerprint;
  const pageId = page.id;
  const highlighter = createHighlighter();
  scope.onDispose(() => highlighter.clear());
  const layer = createAnnotationLayer(model, highlighter, scope.signal);

  let changes: TextChange[] | null = null;
  let removeBanner: (() => void) | null = null;
  const reporter = createAnchoringReporter(
    scope,
    layer,
    { id: pageId, fingerprint: currentFingerprint },
    () => changes,
    (updated) => {
      page = updated;
    },
  );

  // The release as annotated differs from the release now: say so, and how.
  if (
    view.annotations.length > 0 &&
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
  await reporter.flush();

  const report = (failure: MessageKey, error: string) => showToast(doc, t(failure, error));
  const writes: SessionWrites = {
    async snapshotIfNeeded() {
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
    },
    async store(annotation: Annotation) {
      const saved = await callBackground('saveAnnotation', annotation);
      if (!saved.ok) {
        report('errorSaveHighlight', saved.error);
        return;
      }
      // The page was re-read while saving: the new session may have missed it.
      if (scope.signal.aborted) {
        onStaleWrite();
        return;
      }
      await writes.snapshotIfNeeded();
      await layer.upsert(saved.value);
      reporter.schedule();
    },
    async patch(id: string, fields: AnnotationPatch, failure: MessageKey) {
      const saved = await callBackground('patchAnnotation', { id, patch: fields });
      if (!saved.ok) {
        report(failure, saved.error);
        return false;
      }
      await layer.upsert(saved.value);
      reporter.schedule();
      return true;
    },
    async setDeleted(id: string, deleted: boolean) {
      const result = await callBackground('setDeleted', { id, deleted });
      if (!result.ok) {
        report(deleted ? 'errorDelete' : 'errorRestore', result.error);
        return;
      }
      await layer.upsert(result.value);
      reporter.schedule();
    },
  };

  const ctx: SessionContext = { doc, scope, model, container, layer, highlighter, writes };
  const selection = startSelectionFlow(ctx, { id: pageId, title: article.title });
  startPointerInteractions(ctx);

  return {
    annotateSelection: selection.annotateSelection,
    scrollTo(id) {
      const range = layer.get(id)?.range;
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      scope.setTimeout(highlighter.add('focus', [range]), FLASH_MS);
      return true;
    },
    async refresh() {
      const fresh = await callBackground('getPageView', location.href);
      if (!fresh.ok) return;
      if (fresh.value.page) page = fresh.value.page;
      await layer.setAll(fresh.value.annotations);
      await reporter.flush();
    },
    async acceptAnchor(id) {
      const { start, end, status } = layer.get(id)?.result ?? {};
      if (status !== 'fuzzy' || start === undefined || end === undefined) return false;
      const { quote, position } = describe(model.text, start, end);
      const done = await writes.patch(id, { selectors: [quote, position] }, 'errorAcceptText');
      await reporter.flush();
      return done;
    },
    async reattach(id) {
      const selected = selection.selectedSpan();
      if (!selected || !layer.get(id)) return false;
      const { quote, position } = describe(model.text, selected.span.start, selected.span.end);
      selected.selection.removeAllRanges();
      const done = await writes.patch(
        id,
        { selectors: [quote, position], detached: null },
        'errorReattach',
      );
      if (done) await writes.snapshotIfNeeded();
      await reporter.flush();
      return done;
    },
    settled: reporter.settled,
  };
}
