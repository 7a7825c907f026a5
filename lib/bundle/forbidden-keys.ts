/**
 * Prototype-pollution guard. `JSON.parse` itself makes `"__proto__"` an
 * ordinary own key, but the first `Object.assign`, merge helper or
 * `obj[key] = value` copy downstream turns it into a prototype change. A
 * bundle is someone else's file: such keys have no business in it, so the
 * whole file is refused before anything copies from it.
 */
import { formatPath, type PathKey } from './data-path';

/** Keys that reach an object's prototype or constructor when assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

interface Visit {
  value: unknown;
  key: PathKey | null;
  parent: Visit | null;
}

const pathOf = (visit: Visit): PathKey[] => {
  const keys: PathKey[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) keys.push(v.key);
  return keys.reverse();
};

/**
 * Finds a forbidden key at any depth (an object's own keys are checked
 * before its children's). Walks with an explicit stack: a hostile file can
 * nest deeper than the call stack.
 *
 * @param root - A value straight from `JSON.parse`.
 * @return The path of the offending key (the key itself last), or null.
 */
export function findForbiddenKey(root: unknown): string | null {
  const stack: Visit[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    const keys: PathKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        return formatPath([...pathOf(visit), key]);
      }
    }
    // Reversed, so the first child is visited first.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (value as Record<PathKey, unknown>)[key], key, parent: visit });
    }
  }
  return null;
}
