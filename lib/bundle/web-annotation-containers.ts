/**
 * Where the annotations are in a W3C Web Annotation file: a bare array, one
 * Annotation, an AnnotationPage, or an AnnotationCollection whose pages are
 * embedded (`first`, then `next`). Linked pages cannot be fetched from a
 * file, so they are reported rather than silently skipped.
 */
import * as v from 'valibot';
import { err, ok, type Result } from '../model';
import { formatPath, type PathKey } from './data-path';
import { MAX_ANNOTATIONS } from './fields';
import { describeIssue } from './issue-message';
import { WebAnnotationPageSchema } from './web-annotation-schema';

/** Real exports have one page, or a few dozen; a chain of thousands is not an export. */
const MAX_CHAINED_PAGES = 1_000;

type Json = Record<string, unknown>;

/** An annotation as found, before checking, and where it is. */
export interface Located {
  value: unknown;
  path: PathKey[];
}

const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const hasType = (x: Json, type: string) =>
  x.type === type || (Array.isArray(x.type) && x.type.includes(type));

/** Items of a page and of the pages embedded after it; a linked next page cannot be read. */
function pageItems(first: unknown, at: PathKey[]): Result<Located[], string> {
  const items: Located[] = [];
  let page = first;
  let path = at;
  for (let count = 0; page !== undefined; count++) {
    // Each level copies its path: bound the chain, or a file of nested empty pages takes minutes.
    if (count === MAX_CHAINED_PAGES) {
      return err(`${formatPath(path)}: more than ${MAX_CHAINED_PAGES} pages in a chain`);
    }
    const parsed = v.safeParse(WebAnnotationPageSchema, page, { abortEarly: true });
    if (!parsed.success) return err(describeIssue(parsed.issues, path));
    const here = path;
    // A loop, not push(...items): spreading 100,000 arguments overflows the stack.
    parsed.output.items.forEach((value, i) => {
      items.push({ value, path: [...here, 'items', i] });
    });
    if (items.length > MAX_ANNOTATIONS) {
      return err(`${formatPath([...here, 'items'])}: more than ${MAX_ANNOTATIONS} annotations`);
    }
    if (typeof parsed.output.next === 'string') {
      return err(
        `${formatPath([...here, 'next'])}: the next page is only linked, not in this file`,
      );
    }
    page = parsed.output.next;
    path = [...here, 'next'];
  }
  return ok(items);
}

/**
 * Finds the annotations in whichever W3C container the file is.
 *
 * @param root - The parsed file (checked for forbidden keys).
 * @return Each annotation, unchecked, with its path for messages; or why none can be read.
 */
export function locateAnnotations(root: unknown): Result<Located[], string> {
  if (Array.isArray(root)) {
    if (root.length > MAX_ANNOTATIONS) {
      return err(`(top level): more than ${MAX_ANNOTATIONS} annotations`);
    }
    return ok(root.map((value, i) => ({ value, path: [i] })));
  }
  if (isObject(root) && hasType(root, 'AnnotationCollection')) {
    if (typeof root.first === 'string') {
      return err('first: the collection only links to its pages; they are not in this file');
    }
    return root.first === undefined ? ok([]) : pageItems(root.first, ['first']);
  }
  if (isObject(root) && hasType(root, 'AnnotationPage')) return pageItems(root, []);
  if (isObject(root) && hasType(root, 'Annotation')) return ok([{ value: root, path: [] }]);
  return err(
    '(top level): not a Pressmark bundle or a W3C Web Annotation file ' +
      '(no "pressmark" block, and no AnnotationCollection, AnnotationPage or Annotation)',
  );
}
