/**
 * The whole message contract between Pressmark's contexts, in one place:
 *
 *   content script ──runtime──▶ background   (BackgroundProtocol)
 *   popup / pages  ──runtime──▶ background   (BackgroundProtocol)
 *   popup / background ──tabs──▶ content script (ContentProtocol)
 *
 * Every reply is a `Result` value: thrown errors do not survive structured
 * cloning, so handlers' failures are caught and sent back as text.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { LibraryProtocol } from './library/protocol';
import {
  type AnchoringReport,
  type Annotation,
  err,
  ok,
  type PageRecord,
  type Result,
  type TextChange,
} from './model';
import type { AnnotationPatch } from './store/annotations';
import type { ImportSummary } from './store/import-bundle';
import type { PageVisit } from './store/pages';

/** A page as the popup and the content script see it. */
export interface PageView {
  page: PageRecord | null;
  annotations: Annotation[];
}

/** Whether the user has Pressmark run on a site without being asked. */
export interface SiteAccess {
  origin: string;
  always: boolean;
}

/** Requests the background (owner of the database) answers. */
export interface BackgroundProtocol extends LibraryProtocol {
  /**
   * Content script read a page: record the visit, detect organizations and
   * commitments in the article (here, where the patterns stay compiled from
   * page to page), merge them into the page's stored findings (the user's
   * verdicts win), and return the page with its annotations.
   */
  openPage(visit: PageVisit & { text: string }): PageView & { page: PageRecord };
  /** The page seen at an address (any alias), with its annotations. */
  getPageView(url: string): PageView;
  saveAnnotation(annotation: Annotation): Annotation;
  patchAnnotation(input: { id: string; patch: AnnotationPatch }): Annotation;
  /** Accept or dismiss many automatic findings at once; returns how many changed. */
  reviewMany(input: { ids: string[]; review: NonNullable<Annotation['review']> }): number;
  /** Delete (tombstone) or undo a deletion. */
  setDeleted(input: { id: string; deleted: boolean }): Annotation;
  listAll(): Annotation[];
  /** Keep the article text as annotated (compressed) for later change reports. */
  saveSnapshot(input: { pageId: string; text: string; fingerprint: string }): PageRecord;
  /**
   * Compares the article text now with the text as last annotated: the
   * sentence-level changes, or null when unchanged or never annotated.
   */
  compareWithSnapshot(input: { pageId: string; text: string; lang: string }): TextChange[] | null;
  /** How the page's annotations anchored on this visit, and what changed. */
  reportAnchoring(input: { pageId: string; report: AnchoringReport }): PageRecord;
  /** Reads a bundle file and says what importing it would change; nothing is written. */
  previewImport(text: string): ImportSummary;
  /** Imports a bundle file (all or nothing). */
  applyImport(text: string): ImportSummary;
  /** One page's records for export: tombstones and history included (bundles carry deletions). */
  exportPage(pageId: string): { annotations: Annotation[]; pages: PageRecord[] };
  /** Everything, for a backup bundle: every page and every record, tombstones and history included. */
  exportEverything(): { annotations: Annotation[]; pages: PageRecord[] };
  getSiteAccess(origin: string): SiteAccess;
  /** Register or drop the dynamic content script for an origin (permission asked by the caller). */
  setSiteAccess(access: SiteAccess): SiteAccess;
  /** Run the content script in a tab now (toolbar button, activeTab). */
  annotateTab(tabId: number): ContentStatus;
}

/** What the content script reports about its page. */
export interface ContentStatus {
  state: 'loading' | 'ready' | 'no-article';
  /** The tab's address. */
  url: string;
  pageId: string | null;
}

/** Requests a content script answers. */
export interface ContentProtocol {
  getStatus(): ContentStatus;
  /** Scroll a highlight into view and flash it; false when it is not on the page. */
  scrollTo(id: string): boolean;
  /** Annotations changed elsewhere (popup, another tab): reload and redraw. */
  refresh(): ContentStatus;
  /** Highlight the current selection (context menu, keyboard shortcut). */
  annotateSelection(input: { withNote: boolean }): boolean;
  /** Take a fuzzy match's current text as the annotation's text. */
  acceptAnchor(id: string): boolean;
  /** Attach an (orphaned) annotation to the current selection. */
  reattach(id: string): boolean;
}

type Target = 'background' | 'content';
type AnyProtocol = object;
type Method<P, K extends keyof P> = P[K] extends (...args: infer A) => infer R
  ? { args: A; result: Awaited<R> }
  : never;

/** The envelope on the wire; `to` keeps each side from answering the other's requests. */
interface Envelope {
  pressmark: 1;
  to: Target;
  type: string;
  args: unknown[];
}

const isEnvelope = (m: unknown, to: Target): m is Envelope =>
  typeof m === 'object' &&
  m !== null &&
  (m as Envelope).pressmark === 1 &&
  (m as Envelope).to === to;

/** Handlers for a protocol: each method, plus the sender as a last argument. */
export type Handlers<P extends AnyProtocol> = {
  [K in keyof P]: (
    ...args: [...Method<P, K>['args'], Runtime.MessageSender]
  ) => Promise<Method<P, K>['result']> | Method<P, K>['result'];
};

/**
 * Answers requests addressed to `to` with `handlers`.
 *
 * @param to - Which side this context is.
 * @param handlers - One function per protocol method.
 * @return A function that stops answering.
 */
export function serve<P extends AnyProtocol>(to: Target, handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message, to)) return undefined;
    const handler = (handlers as Record<string, (...args: unknown[]) => unknown>)[message.type];
    if (!handler) return Promise.resolve(err(`unknown request "${message.type}"`));
    return (async () => {
      try {
        return ok(await handler(...message.args, sender));
      } catch (error) {
        return err(error instanceof Error ? error.message : String(error));
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

const envelope = (to: Target, type: string, args: unknown[]): Envelope => ({
  pressmark: 1,
  to,
  type,
  args,
});

const settle = async <T>(reply: Promise<unknown>): Promise<Result<T>> => {
  try {
    const result = (await reply) as Result<T> | undefined;
    return result ?? err('no answer');
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
};

/**
 * Asks the background.
 *
 * @param type - The request.
 * @param args - Its arguments.
 * @return The answer, or the failure as a value.
 */
export function callBackground<K extends keyof BackgroundProtocol>(
  type: K,
  ...args: Method<BackgroundProtocol, K>['args']
): Promise<Result<Method<BackgroundProtocol, K>['result']>> {
  return settle(browser.runtime.sendMessage(envelope('background', type, args)));
}

/**
 * Asks the content script in a tab.
 *
 * @param tabId - The tab.
 * @param type - The request.
 * @param args - Its arguments.
 * @return The answer; a failure when no content script runs there.
 */
export function callContent<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  ...args: Method<ContentProtocol, K>['args']
): Promise<Result<Method<ContentProtocol, K>['result']>> {
  return settle(browser.tabs.sendMessage(tabId, envelope('content', type, args)));
}
