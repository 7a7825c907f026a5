/**
 * Field schemas with bounds, shared by the bundle and the Web Annotation
 * importers. A bundle is someone else's file: every string, list and number
 * has a ceiling, so a bad or hostile file fails with a message instead of
 * filling the database or freezing the page. Each bound sits far above what
 * Pressmark itself writes.
 */
import * as v from 'valibot';

/** UUIDs are 36 characters; other tools' IRIs run longer. */
export const MAX_ID = 2_048;
/** Browsers accept URLs of 64k and more; real release addresses stay far below. */
export const MAX_URL = 8_192;
/** Headlines, names, tags, rule ids, units. */
export const MAX_SHORT = 2_000;
/** Notes and quotes: a long note or a whole-section highlight. */
export const MAX_TEXT = 200_000;
/** Quote context: at least 32 characters each side, more only to be unique. */
export const MAX_CONTEXT = 10_000;
/** Deflated, base64 article text: 10 M characters is a 20-30 MB release. */
export const MAX_SNAPSHOT = 10_000_000;
/** Offsets into one article's text. */
export const MAX_OFFSET = 100_000_000;
export const MAX_TAGS = 500;
/** A quote and a position selector, with room for future kinds. */
export const MAX_SELECTORS = 16;
/** Superseded versions kept per annotation. */
export const MAX_HISTORY = 1_000;
/** Addresses one page was seen at. */
export const MAX_ALIASES = 1_000;
/** A 50 MB bundle holds at most about 50,000 annotations of 1 kB. */
export const MAX_ANNOTATIONS = 500_000;
export const MAX_PAGES = 100_000;

/**
 * A string of at most `max` characters.
 *
 * @param max - Ceiling in UTF-16 code units.
 * @return The schema.
 */
export const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

/**
 * A non-empty string of at most `max` characters.
 *
 * @param max - Ceiling in UTF-16 code units.
 * @return The schema.
 */
export const word = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `is longer than ${max} characters`),
  );

/**
 * An array of at most `max` items.
 *
 * @param item - Schema of one item.
 * @param max - Ceiling on the item count.
 * @return The schema.
 */
export const list = <const T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} items`));

/** ISO 8601 date and time with a zone ("2026-11-26T10:00:00.000Z"): it is compared across machines. */
export const timestamp = v.pipe(
  v.string(),
  v.maxLength(64, 'is longer than 64 characters'),
  v.isoTimestamp('expected an ISO 8601 date and time with time zone'),
);

/** A character offset: a whole number, not negative. */
export const offset = v.pipe(
  v.number(),
  v.integer('expected a whole number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(MAX_OFFSET, `is larger than ${MAX_OFFSET}`),
);

/**
 * Rejects a TextPositionSelector whose end comes before its start, reporting
 * it at `end`. A pipe on the whole selector union, since variant options
 * cannot carry pipes of their own.
 *
 * @return The check, for `v.pipe(v.variant('type', [...]), ...)`.
 */
export const endNotBeforeStart = <T extends { type: string }>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const s = dataset.value as { type: string; start?: unknown; end?: unknown };
    if (s.type !== 'TextPositionSelector' || Number(s.start) <= Number(s.end)) return;
    addIssue({
      message: 'must not be before start',
      path: [{ type: 'object', origin: 'value', input: s, key: 'end', value: s.end }],
    });
  });
