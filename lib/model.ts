/**
 * Plain, serialisable data shared by every part of Pressmark: the content
 * script, the background store, the popup, the CLI and exported files.
 *
 * Nothing here holds a DOM node or a class instance: everything survives
 * structured cloning (messages), IndexedDB and JSON unchanged. Selector and
 * body names follow the W3C Web Annotation Data Model.
 */

/** W3C TextQuoteSelector: the quoted text with context on both sides. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: code-unit offsets into the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The release as Pressmark reads it: what Readability isolated, as plain text. */
export interface Article {
  title: string;
  byline: string | null;
  /** Publication date as the page states it (ISO 8601 when the page gives one). */
  published: string | null;
  /** BCP 47 language tag, lower-case primary subtag first ("de", "en-us", "zh-cn"). */
  lang: string;
  siteName: string | null;
  /**
   * The article body as normalised text: NFC, collapsed whitespace, blocks
   * separated by a blank line. Every offset in Pressmark points into this.
   */
  text: string;
}

/** What an annotation marks. `note` is a user highlight; the others come from `lib/detect`. */
export type AnnotationKind = 'note' | 'organization' | 'commitment';

/** The kinds `lib/detect` produces. */
export type DetectionKind = Exclude<AnnotationKind, 'note'>;

/** A money, capacity or percentage figure, parsed in the release's locale. */
export interface Amount {
  /** The figure as a plain number: "7,3 Milliarden Euro" is 7300000000. */
  value: number;
  /** ISO 4217 currency ("EUR") or unit ("GWh", "MW", "%", "t", "jobs"). */
  unit: string;
  /** The words that stated it, as written. */
  text: string;
}

/** How strongly the actor binds itself. */
export type Firmness = 'firm' | 'intent' | 'conditional';

/**
 * One automatic finding in an article's text. Offsets are JavaScript string
 * offsets into `Article.text`, and `exact === text.slice(start, end)`.
 */
export interface Detection {
  kind: DetectionKind;
  start: number;
  end: number;
  exact: string;
  /** Which rule produced it, e.g. "org:legal-form" or "commitment:modal". */
  rule: string;
  /** 0..1: how sure the rule is. */
  confidence: number;
  /** Organizations: the canonical entity (full name) this mention refers to. */
  entity?: string;
  /** Commitments: canonical organization that commits. */
  actor?: string;
  /** Commitments: short verb phrase ("build a plant", "invest"). */
  action?: string;
  amount?: Amount;
  /** Commitments: normalised deadline: "2026", "2026-Q3", "2026-12-31". */
  deadline?: string;
  firmness?: Firmness;
}

/** Where an annotation came from. */
export type AnnotationOrigin = 'user' | 'auto';

/** The user's verdict on an automatic detection; `corrected` = accepted with edited fields. */
export type Review = 'pending' | 'accepted' | 'corrected' | 'dismissed';

/**
 * One annotation as stored and exchanged. Dates are ISO 8601 strings so the
 * record is the same in IndexedDB, in messages and in exported files.
 */
export interface Annotation {
  /** Globally unique (UUID v4): bundles from other people merge by id. */
  id: string;
  /** The page it belongs to (see `PageRecord.id`). */
  pageId: string;
  /** The address it was made at, as the browser showed it. */
  url: string;
  pageTitle: string;
  kind: AnnotationKind;
  origin: AnnotationOrigin;
  /** A TextQuoteSelector and a TextPositionSelector over `Article.text`. */
  selectors: Selector[];
  note: string;
  tags: string[];
  created: string;
  updated: string;
  /** Set when deleted: a tombstone, so undo and bundle merges can see the deletion. */
  deleted?: string;
  /** Set when the user detached it from changed text: shown as orphaned until re-attached. */
  detached?: string;
  /** Automatic detections only: the detector's findings and the user's verdict. */
  detection?: Omit<Detection, 'kind' | 'start' | 'end' | 'exact'>;
  review?: Review;
  /** Who made it (the author name set in options), when known. */
  creator?: string;
  /**
   * Earlier versions that a merge replaced (last-modified wins, the loser is
   * kept here rather than destroyed), oldest first.
   */
  history?: AnnotationVersion[];
}

/** A superseded version of an annotation, as it was. */
export type AnnotationVersion = Omit<Annotation, 'history'>;

/** A release the user has annotated, under one identity whatever address it was read at. */
export interface PageRecord {
  /** Normalised canonical URL: the page's identity. */
  id: string;
  /** Every normalised address the page was seen at, including `id`. */
  aliases: string[];
  title: string;
  lang: string;
  siteName: string | null;
  published: string | null;
  /** Hash of `Article.text` when last seen. */
  fingerprint: string;
  firstSeen: string;
  lastSeen: string;
  /**
   * The article text when it was last annotated, deflated and base64
   * encoded, so a later edit of the release can be shown offline.
   */
  snapshot?: string;
  /** Fingerprint of the snapshot's text. */
  snapshotFingerprint?: string;
  /** How the annotations anchored on the last visit. */
  anchoring?: AnchoringReport;
}

/** The three honest anchoring states. */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

/** Where one annotation was found on a visit. */
export interface AnchorState {
  status: AnchorStatus;
  /** The text it covers now (fuzzy: differs from the stored quote). */
  exact?: string;
}

/** One difference between the annotated and the current release text. */
export interface TextChange {
  kind: 'added' | 'removed' | 'edited';
  /** The sentence as annotated (removed, edited). */
  before?: string;
  /** The sentence now (added, edited). */
  after?: string;
}

/** What the content script found on a visit, kept for the popup and library. */
export interface AnchoringReport {
  /** ISO time of the visit. */
  checked: string;
  /** Fingerprint of the text anchored against. */
  fingerprint: string;
  states: Record<string, AnchorState>;
  /** Sentence-level changes since the snapshot; null when unchanged. */
  changes: TextChange[] | null;
}

/** Success or failure as a value: errors do not survive structured cloning. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Builds a success value. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

/** Builds a failure value. */
export const err = <E = string>(error: E): Result<never, E> => ({ ok: false, error });
