/**
 * The team bundle, a `.pressmark.json` file: a W3C `AnnotationCollection`
 * of the live annotations (so other tools can read it) plus a versioned
 * `pressmark` block with the complete records, tombstones and history
 * included, so bundles merge without loss.
 */
import type { AnnotationCollection } from '../export/jsonld';
import type { Annotation, PageRecord } from '../model';

/** The `pressmark.format` value that marks a bundle. */
export const BUNDLE_FORMAT = 'pressmark-bundle';

/**
 * The bundle version this code writes and reads. Bump it (and add a
 * migration from the old shape in the parser) whenever a reader of the old
 * version would misread the new one; additive optional fields do not need it.
 */
export const BUNDLE_VERSION = 1;

/**
 * A page as shared: the record without `anchoring`, which describes how
 * annotations anchored on one person's last visit and means nothing to
 * anyone else. `snapshot` (deflated, base64 article text) travels when present.
 */
export type SharedPage = Omit<PageRecord, 'anchoring'>;

/** The Pressmark block of a bundle file. */
export interface PressmarkBlock {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  /** ISO time of export. */
  exported: string;
  /** The exporting user's author name, when set. */
  author: string | null;
  pages: SharedPage[];
  /** Complete records: tombstones (`deleted`) and `history` included. */
  annotations: Annotation[];
}

/** The whole file. */
export interface BundleFile extends AnnotationCollection {
  pressmark: PressmarkBlock;
}

/** What an import yields, whichever kind of file it came from. */
export interface Bundle {
  /** A Pressmark bundle, or a plain W3C Web Annotation file from another tool. */
  source: 'pressmark-bundle' | 'web-annotation';
  /** The collection's label, when it has one. */
  label: string | null;
  /** ISO time of export, when known. */
  exported: string | null;
  author: string | null;
  pages: SharedPage[];
  annotations: Annotation[];
}

/** Limits for {@link parseBundle}. */
export interface BundleLimits {
  /** Largest file accepted, in UTF-8 bytes. */
  maxBytes?: number;
}

/**
 * 50 MB. A bundle of 10,000 annotations with snapshots of 1,000 releases is
 * about 20 MB (the W3C part repeats the live annotations), so real teams
 * stay below. `JSON.parse` holds several
 * times the text's size in memory at once; above this a wrongly chosen file
 * (a video, a database dump) would freeze the extension page before any
 * message could be shown.
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
