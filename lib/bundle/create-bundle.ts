/**
 * Writes a team bundle: the W3C collection for other tools, and the
 * complete records for Pressmark.
 */
import { toAnnotationCollection } from '../export/jsonld';
import type { Annotation, PageRecord } from '../model';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleFile, type SharedPage } from './format';

/** What to put in a bundle. */
export interface BundleInput {
  /** Every record in scope, tombstones and history included. */
  annotations: readonly Annotation[];
  /** The pages they belong to. */
  pages: readonly PageRecord[];
  /** The user's author name, or null when not set. */
  author: string | null;
  /** ISO time of export. */
  now: string;
  /** What the bundle holds, e.g. "All annotations" or a release title. */
  label: string;
  /** UUID of the collection (default: a random one). */
  id?: string;
}

/** Drops the per-visit `anchoring` report; everything else about the page travels. */
function sharedPage(page: PageRecord): SharedPage {
  const { anchoring: _, ...shared } = page;
  return shared;
}

/**
 * Builds a bundle file.
 *
 * @param input - Records, author, time and label; see {@link BundleInput}.
 * @return The file as an object; `JSON.stringify` it to save.
 */
export function createBundle(input: BundleInput): BundleFile {
  const collection = toAnnotationCollection(input.annotations, input.pages, {
    label: input.label,
    generated: input.now,
    ...(input.id ? { id: input.id } : {}),
  });
  return {
    ...collection,
    pressmark: {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exported: input.now,
      author: input.author,
      pages: input.pages.map(sharedPage),
      annotations: [...input.annotations],
    },
  };
}
