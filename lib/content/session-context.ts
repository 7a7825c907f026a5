/**
 * What the parts of an article session share: the page, its text model, the
 * painted annotations, and the ways to write them. Each part (selection,
 * pointer, note editing) takes this instead of reaching for globals.
 */
import type { TextModel } from '../anchor/text-model';
import type { Highlighter } from '../highlight/highlighter';
import type { MessageKey } from '../i18n';
import type { Annotation } from '../model';
import type { AnnotationPatch } from '../store/annotations';
import type { AnnotationLayer } from './anchored-annotations';
import type { Scope } from './scope';

/** Writes through the background, repainting and reporting after each. */
export interface SessionWrites {
  /** Saves a new annotation (and the page's snapshot on the first one). */
  store(annotation: Annotation): Promise<void>;
  /** Changes fields; false (after telling the user) when it failed. */
  patch(id: string, fields: AnnotationPatch, failure: MessageKey): Promise<boolean>;
  setDeleted(id: string, deleted: boolean): Promise<void>;
  /** Makes the current article text the page's snapshot, if it is not yet. */
  snapshotIfNeeded(): Promise<void>;
}

/** The shared state of one article session. */
export interface SessionContext {
  doc: Document;
  scope: Scope;
  model: TextModel;
  container: Element;
  layer: AnnotationLayer;
  highlighter: Highlighter;
  writes: SessionWrites;
}

/**
 * Tells whether an event comes from Pressmark's own in-page UI.
 *
 * @param event - A DOM event (retargeted to the shadow host).
 * @return True for events on `<pressmark-ui>` hosts.
 */
export const fromOurUi = (event: Event): boolean =>
  (event.target as Element | null)?.tagName === 'PRESSMARK-UI';
