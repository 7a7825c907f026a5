/**
 * Paths into parsed JSON, written the way a person would look them up:
 * `pressmark.annotations[3].selectors[0].start`.
 */

/** One step: an object key or an array index. */
export type PathKey = string | number;

/** Longer paths show their first and last steps only. */
const MAX_SHOWN = 24;
const HALF = MAX_SHOWN / 2;

/** Keys that read as identifiers are dotted; anything else is quoted in brackets. */
const PLAIN_KEY = /^[A-Za-z_$@][\w$@-]*$/;

/**
 * Writes a path for error messages.
 *
 * @param keys - Steps from the root.
 * @return The path, or "(top level)" for the root itself.
 */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const [i, key] of keys.entries()) {
    // A hostile file can nest thousands deep: keep the message readable.
    if (keys.length > MAX_SHOWN && i === HALF) out += '…';
    if (keys.length > MAX_SHOWN && i >= HALF && i < keys.length - HALF) continue;
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(top level)';
}
