/**
 * A canonical JSON text for comparing records: two people's copies of the
 * same annotation must compare equal whatever order their keys were written
 * in, and two different versions must order the same way on every machine.
 */

/**
 * Serialises a JSON value with object keys sorted at every depth.
 * `undefined` members are dropped, as `JSON.stringify` does, so an absent
 * optional field and one set to `undefined` are the same content.
 *
 * @param value - Any JSON-compatible value.
 * @return The canonical text.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // No prototype, so a key named "__proto__" stays a plain key.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * Orders two strings by UTF-16 code units: unlike `localeCompare` it gives
 * the same answer in every browser, Node version and locale.
 *
 * @param a - First string.
 * @param b - Second string.
 * @return Negative, zero or positive.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
