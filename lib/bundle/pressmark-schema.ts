/**
 * The schema of a bundle's `pressmark` block, version 1: the model's
 * Annotation and PageRecord with bounds and known enum values. Unknown keys
 * are dropped rather than stored, so a newer writer's additions cannot
 * smuggle data into the database.
 */
import * as v from 'valibot';
import type { Amount, Annotation, AnnotationVersion } from '../model';
import {
  endNotBeforeStart,
  list,
  MAX_ALIASES,
  MAX_ANNOTATIONS,
  MAX_CONTEXT,
  MAX_HISTORY,
  MAX_ID,
  MAX_PAGES,
  MAX_SELECTORS,
  MAX_SHORT,
  MAX_SNAPSHOT,
  MAX_TAGS,
  MAX_TEXT,
  MAX_URL,
  offset,
  text,
  timestamp,
  word,
} from './fields';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type PressmarkBlock, type SharedPage } from './format';

const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: text(MAX_TEXT),
  prefix: text(MAX_CONTEXT),
  suffix: text(MAX_CONTEXT),
});

const PositionSelector = v.object({
  type: v.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

const AmountSchema = v.object({
  value: v.pipe(v.number(), v.finite('expected a finite number')),
  unit: text(MAX_SHORT),
  text: text(MAX_SHORT),
} satisfies Record<keyof Amount, v.GenericSchema>);

const DetectionFacts = v.object({
  rule: text(MAX_SHORT),
  confidence: v.pipe(
    v.number(),
    v.minValue(0, 'must be between 0 and 1'),
    v.maxValue(1, 'must be between 0 and 1'),
  ),
  entity: v.optional(text(MAX_SHORT)),
  actor: v.optional(text(MAX_SHORT)),
  action: v.optional(text(MAX_SHORT)),
  amount: v.optional(AmountSchema),
  deadline: v.optional(text(MAX_SHORT)),
  firmness: v.optional(v.picklist(['firm', 'intent', 'conditional'])),
} satisfies Record<keyof NonNullable<Annotation['detection']>, v.GenericSchema>);

const versionEntries = {
  id: word(MAX_ID),
  pageId: word(MAX_URL),
  url: text(MAX_URL),
  pageTitle: text(MAX_SHORT),
  kind: v.picklist(['note', 'organization', 'commitment']),
  origin: v.picklist(['user', 'auto']),
  selectors: list(
    v.pipe(v.variant('type', [QuoteSelector, PositionSelector]), endNotBeforeStart()),
    MAX_SELECTORS,
  ),
  note: text(MAX_TEXT),
  tags: list(text(MAX_SHORT), MAX_TAGS),
  created: timestamp,
  updated: timestamp,
  deleted: v.optional(timestamp),
  detached: v.optional(timestamp),
  detection: v.optional(DetectionFacts),
  review: v.optional(v.picklist(['pending', 'accepted', 'corrected', 'dismissed'])),
  creator: v.optional(text(MAX_SHORT)),
  // `satisfies`: a field added to the model fails to compile here instead of
  // being dropped from every imported bundle without a word.
} satisfies Record<keyof AnnotationVersion, v.GenericSchema>;

/** One superseded version (no nested history). */
export const AnnotationVersionSchema = v.object(versionEntries);

/** One annotation with its history. */
export const AnnotationSchema = v.object({
  ...versionEntries,
  history: v.optional(list(AnnotationVersionSchema, MAX_HISTORY)),
});

/** One shared page record. */
export const SharedPageSchema = v.object({
  id: word(MAX_URL),
  aliases: list(text(MAX_URL), MAX_ALIASES),
  title: text(MAX_SHORT),
  lang: text(64),
  siteName: v.nullable(text(MAX_SHORT)),
  published: v.nullable(text(64)),
  fingerprint: text(MAX_SHORT),
  firstSeen: timestamp,
  lastSeen: timestamp,
  snapshot: v.optional(
    v.pipe(
      text(MAX_SNAPSHOT),
      v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 text (deflated article text)'),
    ),
  ),
  snapshotFingerprint: v.optional(text(MAX_SHORT)),
} satisfies Record<keyof SharedPage, v.GenericSchema>);

/** The `pressmark` block. Format and version are checked before this, with plainer messages. */
export const PressmarkBlockSchema = v.object({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(BUNDLE_VERSION),
  exported: timestamp,
  author: v.nullable(text(MAX_SHORT)),
  pages: list(SharedPageSchema, MAX_PAGES),
  annotations: list(AnnotationSchema, MAX_ANNOTATIONS),
} satisfies Record<keyof PressmarkBlock, v.GenericSchema>);
