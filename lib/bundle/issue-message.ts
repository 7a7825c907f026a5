/**
 * Turns a valibot issue into one line a user can act on: where the bad
 * field is and what was expected, e.g.
 * `pressmark.annotations[3].selectors[0].start: expected a number`.
 */
import type { BaseIssue } from 'valibot';
import { formatPath, type PathKey } from './data-path';

type Issue = BaseIssue<unknown>;

/** Plain words for the schema types a bundle uses. */
const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  loose_object: 'an object',
  strict_object: 'an object',
};

const keysOf = (issue: Issue): PathKey[] =>
  (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' || typeof key === 'string' ? key : String(key);
  });

/**
 * A union reports "none of the options fit" with each option's issues
 * nested inside, their paths relative to the union. The option that got
 * furthest into the value is the one the author meant: report its issue.
 */
function innermost(issue: Issue): { keys: PathKey[]; issue: Issue } {
  const here = keysOf(issue);
  let best = { keys: here, issue };
  for (const sub of issue.issues ?? []) {
    const inner = innermost(sub);
    if (inner.keys.length > 0 && here.length + inner.keys.length > best.keys.length) {
      best = { keys: [...here, ...inner.keys], issue: inner.issue };
    }
  }
  return best;
}

/** What was wrong, without the where. */
function complaint(issue: Issue): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return 'is missing';
  const words = TYPE_WORDS[issue.type];
  return words ? `expected ${words}` : `expected ${issue.expected}, got ${issue.received}`;
}

/**
 * Describes the first issue of a failed parse.
 *
 * @param issues - `safeParse(...).issues`, non-empty.
 * @param prefix - Path of the parsed value inside the file, e.g. `["pressmark"]`.
 * @return "path: what was expected".
 */
export function describeIssue(issues: readonly Issue[], prefix: readonly PathKey[] = []): string {
  const first = issues[0];
  if (!first) return `${formatPath(prefix)}: invalid`;
  const { keys, issue } = innermost(first);
  return `${formatPath([...prefix, ...keys])}: ${complaint(issue)}`;
}
