/**
 * Reads a `.pressmark.json` bundle, or a plain W3C Web Annotation file from
 * another tool, into records ready to merge. Checks run cheapest first:
 * size, JSON syntax, forbidden keys, format and version, then the schema.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../model';
import { MAX_SHORT } from './fields';
import { findForbiddenKey } from './forbidden-keys';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  type BundleLimits,
  DEFAULT_MAX_BYTES,
} from './format';
import { describeIssue } from './issue-message';
import { PressmarkBlockSchema } from './pressmark-schema';
import { fromWebAnnotations } from './web-annotation-import';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether the text's UTF-8 encoding is longer than `max` bytes, without
 * encoding it: a code unit is 1 to 3 bytes (a surrogate pair 4 for two).
 */
function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    if (bytes > max) return true;
  }
  return false;
}

/** "50 MB", "2 kB", "900 bytes". */
function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} kB` : `${bytes} bytes`;
}

/** A value from the file, shortened for a message. */
const shown = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);

/** The Pressmark block: format and version first, so an old reader says why it stops. */
function fromPressmarkBlock(root: Json): Result<Bundle, string> {
  const block = root.pressmark;
  if (!isObject(block)) return err('pressmark: expected an object');
  if (block.format !== BUNDLE_FORMAT) {
    return err(`pressmark.format: expected "${BUNDLE_FORMAT}", got ${shown(block.format)}`);
  }
  if (typeof block.version !== 'number') return err('pressmark.version: expected a number');
  if (block.version !== BUNDLE_VERSION) {
    return err(
      `this bundle is version ${block.version}; this Pressmark reads version ${BUNDLE_VERSION}`,
    );
  }
  const parsed = v.safeParse(PressmarkBlockSchema, block, { abortEarly: true });
  if (!parsed.success) return err(describeIssue(parsed.issues, ['pressmark']));
  const { exported, author, pages, annotations } = parsed.output;
  const label =
    typeof root.label === 'string' && root.label.length <= MAX_SHORT ? root.label : null;
  return ok({ source: 'pressmark-bundle', label, exported, author, pages, annotations });
}

/**
 * Parses and validates a bundle file.
 *
 * @param text - The file's text.
 * @param limits - Size limit; see {@link BundleLimits} (default 50 MB).
 * @return The bundle's records, or one message naming the first problem
 *   and where it is (`pressmark.annotations[3].selectors[0].start: expected a number`).
 */
export function parseBundle(text: string, limits: BundleLimits = {}): Result<Bundle, string> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (exceedsBytes(text, maxBytes)) {
    return err(`the file is larger than ${sizeText(maxBytes)}, the most Pressmark imports`);
  }
  let root: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    root = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return err(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const forbidden = findForbiddenKey(root);
  if (forbidden) {
    return err(`${forbidden}: keys named __proto__, constructor or prototype are not allowed`);
  }
  if (isObject(root) && 'pressmark' in root) return fromPressmarkBlock(root);
  return fromWebAnnotations(root);
}
