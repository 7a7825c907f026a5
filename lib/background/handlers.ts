/**
 * The background's answers to the message contract: thin glue from
 * messages to store queries. Browser APIs come in as dependencies so the
 * handlers run in unit tests against fake-indexeddb.
 */
import { parseBundle } from '../bundle';
import { detect } from '../detect';
import { libraryHandlers } from '../library/handlers';
import type {
  BackgroundProtocol,
  ContentStatus,
  Handlers,
  PageView,
  SiteAccess,
} from '../messaging';
import type { Annotation } from '../model';
import { compressText, decompressText } from '../page/compress-text';
import { diffText } from '../page/text-diff';
import type { Settings } from '../settings';
import {
  listAll,
  listForPage,
  patchAnnotation,
  reviewMany,
  saveAnnotation,
  setDeleted,
} from '../store/annotations';
import { toAutoAnnotations } from '../store/auto-annotations';
import type { PressmarkDb } from '../store/db';
import { applyImport, previewImport } from '../store/import-bundle';
import { findPage, recordVisit, saveAnchoring, saveSnapshot } from '../store/pages';
import { syncDetections } from '../store/sync-detections';

/** What the handlers need from the browser. */
export interface BackgroundDeps {
  db: PressmarkDb;
  now: () => string;
  /** Tell content scripts that a page's annotations changed elsewhere. */
  notifyChanged: (pageId: string, exceptTabId?: number) => void;
  sites: {
    get(origin: string): Promise<SiteAccess>;
    set(access: SiteAccess): Promise<SiteAccess>;
  };
  annotateTab(tabId: number): Promise<ContentStatus>;
  /** The user's settings (detectors, watch-list). */
  settings(): Promise<Settings>;
}

/** Parses a bundle file, turning a refusal into an error the caller sees. */
const parsedBundle = (text: string) => {
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
};

/**
 * Builds the background's handlers.
 *
 * @param deps - Database and browser services.
 * @return Handlers for {@link BackgroundProtocol}.
 */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  const { db, now } = deps;
  const viewOf = async (url: string): Promise<PageView> => {
    const page = (await findPage(db, url)) ?? null;
    return { page, annotations: page ? await listForPage(db, page.id) : [] };
  };
  const changed = (annotation: Annotation, sender: { tab?: { id?: number } }) => {
    deps.notifyChanged(annotation.pageId, sender.tab?.id);
    return annotation;
  };
  return {
    ...libraryHandlers(db),
    async openPage({ text, ...visit }) {
      const page = await recordVisit(db, visit, now());
      const settings = await deps.settings();
      const detections = detect(
        { text, lang: visit.lang },
        { ...settings.detectors, watchList: settings.watchList },
      );
      const context = { text, pageId: page.id, url: visit.url, pageTitle: visit.title, now: now() };
      const synced = await syncDetections(
        db,
        page.id,
        toAutoAnnotations(detections, context),
        now(),
      );
      return { page, annotations: synced.annotations };
    },
    getPageView: (url) => viewOf(url),
    async saveAnnotation(annotation, sender) {
      // The author name from options marks who made it, for shared bundles.
      const { author } = await deps.settings();
      const record =
        annotation.creator || !author ? annotation : { ...annotation, creator: author };
      return changed(await saveAnnotation(db, record), sender);
    },
    async patchAnnotation({ id, patch }, sender) {
      return changed(required(await patchAnnotation(db, id, patch, now()), 'annotation'), sender);
    },
    async setDeleted({ id, deleted }, sender) {
      return changed(required(await setDeleted(db, id, deleted, now()), 'annotation'), sender);
    },
    async reviewMany({ ids, review }, sender) {
      const changed = await reviewMany(db, ids, review, now());
      const first = ids[0] && (await db.annotations.get(ids[0]));
      if (first) deps.notifyChanged(first.pageId, sender.tab?.id);
      return changed;
    },
    listAll: () => listAll(db),
    async saveSnapshot({ pageId, text, fingerprint }) {
      const page = await saveSnapshot(db, pageId, await compressText(text), fingerprint);
      return required(page, 'page');
    },
    async compareWithSnapshot({ pageId, text, lang }) {
      const page = await db.pages.get(pageId);
      if (!page?.snapshot) return null;
      const changes = diffText(await decompressText(page.snapshot), text, lang);
      return changes.length > 0 ? changes : null;
    },
    async reportAnchoring({ pageId, report }) {
      return required(await saveAnchoring(db, pageId, report), 'page');
    },
    previewImport: (text) => previewImport(db, parsedBundle(text)),
    applyImport: async (text, sender) => {
      const summary = await applyImport(db, parsedBundle(text));
      deps.notifyChanged('*', sender.tab?.id);
      return summary;
    },
    exportPage: async (pageId) => ({
      annotations: await db.annotations.where('pageId').equals(pageId).toArray(),
      pages: (await db.pages.bulkGet([pageId])).filter((p) => p !== undefined),
    }),
    exportEverything: async () => ({
      annotations: await db.annotations.toArray(),
      pages: await db.pages.toArray(),
    }),
    getSiteAccess: (origin) => deps.sites.get(origin),
    setSiteAccess: (access) => deps.sites.set(access),
    annotateTab: (tabId) => deps.annotateTab(tabId),
  };
}
