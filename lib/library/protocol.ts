/**
 * The library page's requests to the background (part of the one message
 * contract: `BackgroundProtocol` extends this). Queries run where the
 * database is and return one page of results, so 100,000 annotations never
 * cross the message boundary at once: lists by `offset` + `limit`, search
 * and exports by a key cursor (`after`, answered with `next`).
 */
import type { ExportBatch } from '../export/export-chunks';
import type { AnnotationKind, Review } from '../model';
import type { CommitmentQuery, CommitmentRow } from './commitment-rows';
import type { Due } from './deadline';
import type { EntityGroup } from './entity-groups';

/** A window onto a long list. */
export interface Window {
  offset: number;
  limit: number;
}

/** One window of a list, and how long the whole list is. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** How much the library holds. */
export interface LibraryCounts {
  releases: number;
  /** Annotations that count: not deleted, not dismissed. */
  annotations: number;
  /** Every stored record, tombstones included (what a backup carries). */
  records: number;
}

/** An annotated release as the Releases view lists it. */
export interface ReleaseSummary {
  id: string;
  /** Where to open it. */
  url: string;
  title: string;
  siteName: string | null;
  published: string | null;
  lang: string;
  lastSeen: string;
  /** Annotations per kind, deleted and dismissed ones not counted. */
  counts: Record<AnnotationKind, number>;
}

/** Organizations whose spellings contain `text` (all when empty). */
export interface OrganizationQuery extends Window {
  text: string;
}

/** The mentions of one organization: the folded names its group merges. */
export interface MentionQuery extends Window {
  folds: string[];
}

/** One place an organization is named. */
export interface Mention {
  id: string;
  quote: string;
  entity: string;
  review: Review;
  pageId: string;
  release: string;
  published: string | null;
  url: string;
}

/** A tracker row with where its deadline stands today. */
export type TrackedCommitment = CommitmentRow & { due: Due };

/** The tracker's answer: a window of rows plus what the filter controls offer. */
export interface CommitmentPage extends ListPage<TrackedCommitment> {
  /** Actors to filter by: folded key, name shown, commitments. */
  actors: { key: string; name: string; count: number }[];
  /** Dismissed commitments the filter hides (before other filters). */
  dismissed: number;
}

/** A full-text query, continued from the record after `after`. */
export interface SearchQuery {
  text: string;
  after: string | null;
  limit: number;
}

/** One search result. */
export interface SearchHit {
  id: string;
  kind: AnnotationKind;
  quote: string;
  note: string;
  tags: string[];
  review?: Review;
  pageId: string;
  release: string;
  published: string | null;
  url: string;
}

/** A window of search results; `next` continues it, null at the end. */
export interface SearchPage {
  hits: SearchHit[];
  next: string | null;
  /** Records the rarest term's index named: an upper bound of the matches. */
  candidates: number;
}

/** Where an export batch starts and how big it is. */
export interface ExportCursor<C> {
  after: C | null;
  limit: number;
  /** Tombstones and history too (bundles carry deletions). */
  withDeleted: boolean;
}

/** Records for an export, and the cursor for the next batch (null: done). */
export interface LibraryBatch<C> extends ExportBatch {
  next: C | null;
}

/** What the e2e build's seeding request makes (never in a production build). */
export interface SeedSpec {
  releases: number;
  annotations: number;
  seed: number;
}

/** Requests the library page makes. */
export interface LibraryProtocol {
  libraryCounts(): LibraryCounts;
  /** Releases, most recently read first. */
  listReleases(window: Window): ListPage<ReleaseSummary>;
  /** Organizations grouped by canonical entity (watch-list merges applied), most mentioned first. */
  listOrganizations(query: OrganizationQuery): ListPage<EntityGroup>;
  listMentions(query: MentionQuery): ListPage<Mention>;
  listCommitments(query: CommitmentQuery & Window): CommitmentPage;
  searchAnnotations(query: SearchQuery): SearchPage;
  /**
   * Everything, release by release (releases without annotations too); the
   * cursor is a page id, `limit` counts releases.
   */
  exportAll(cursor: ExportCursor<string>): LibraryBatch<string>;
  /** The tracker's filtered, sorted set; the cursor is a row offset. */
  exportCommitments(
    query: CommitmentQuery & { cursor: ExportCursor<number> },
  ): LibraryBatch<number>;
  /** The search's results; the cursor is the last record examined. */
  exportSearch(query: { text: string; cursor: ExportCursor<string> }): LibraryBatch<string>;
  /**
   * Fills the store with synthetic releases for benchmarks. Only the e2e
   * build answers; a production build refuses (and carries no seeding code).
   */
  seedLibrary(spec: SeedSpec): { releases: number; annotations: number };
}
