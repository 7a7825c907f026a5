/**
 * What Pressmark reads from another tool's W3C Web Annotation file
 * (Hypothesis, Recogito, an earlier Pressmark JSON-LD export). The model lets
 * most properties be one value or a list, and bodies or targets be a bare
 * IRI; the parts Pressmark uses are checked with bounds, the rest passes by.
 */
import * as v from 'valibot';
import {
  endNotBeforeStart,
  list,
  MAX_ANNOTATIONS,
  MAX_CONTEXT,
  MAX_ID,
  MAX_SELECTORS,
  MAX_SHORT,
  MAX_TAGS,
  MAX_TEXT,
  MAX_URL,
  offset,
  text,
  timestamp,
  word,
} from './fields';

/**
 * One value or a list of them, as JSON-LD allows for most properties. The
 * list is tried first: valibot's object schemas accept arrays too.
 */
const oneOrMany = <const T extends v.GenericSchema>(item: T, max: number) =>
  v.union([list(item, max), item]);

const QuoteSelector = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: text(MAX_TEXT),
  prefix: v.optional(text(MAX_CONTEXT)),
  suffix: v.optional(text(MAX_CONTEXT)),
});

const PositionSelector = v.looseObject({
  type: v.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});

/** Range, XPath, CSS, Fragment selectors: allowed, not used. */
const OtherSelector = v.looseObject({
  type: v.pipe(v.string(), v.notValues(['TextQuoteSelector', 'TextPositionSelector'])),
});

/** A selector, checked strictly when it is one of the two Pressmark reads. */
const Selector = v.pipe(
  v.variant('type', [QuoteSelector, PositionSelector, OtherSelector]),
  endNotBeforeStart(),
);

const SpecificTarget = v.pipe(
  v.looseObject({
    source: v.optional(word(MAX_URL)),
    id: v.optional(word(MAX_URL)),
    selector: v.optional(oneOrMany(Selector, MAX_SELECTORS)),
  }),
  v.forward(
    v.check((t) => t.source !== undefined || t.id !== undefined, 'is missing'),
    ['source'],
  ),
);

const Body = v.looseObject({
  value: v.optional(text(MAX_TEXT)),
  purpose: v.optional(oneOrMany(text(MAX_SHORT), 16)),
});

const Agent = v.looseObject({
  name: v.optional(text(MAX_SHORT)),
  nickname: v.optional(text(MAX_SHORT)),
});

/** One W3C annotation, as far as Pressmark reads it. */
export const WebAnnotationSchema = v.looseObject({
  id: word(MAX_ID),
  created: v.optional(timestamp),
  modified: v.optional(timestamp),
  creator: v.optional(oneOrMany(v.union([text(MAX_URL), Agent]), 16)),
  motivation: v.optional(oneOrMany(text(MAX_SHORT), 16)),
  // A comment and every tag, each a body.
  body: v.optional(oneOrMany(v.union([text(MAX_URL), Body]), MAX_TAGS + 16)),
  bodyValue: v.optional(text(MAX_TEXT)),
  target: oneOrMany(v.union([word(MAX_URL), SpecificTarget]), MAX_SELECTORS),
});

/** A page's items (annotations are checked one by one, for paths that point at them). */
export const WebAnnotationPageSchema = v.looseObject({
  items: list(v.unknown(), MAX_ANNOTATIONS),
  next: v.optional(v.unknown()),
});

/** The parsed shape of one W3C annotation. */
export type WebAnnotationInput = v.InferOutput<typeof WebAnnotationSchema>;
