/**
 * Custom highlights are not elements, so clicks on them are found by
 * position: the caret point under the pointer, tested against each range.
 */

/**
 * The text position under a viewport point.
 *
 * @param doc - The page.
 * @param x - clientX.
 * @param y - clientY.
 * @return Node and offset, or null over no text.
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Finds the entries whose range contains a point, innermost (shortest) first.
 *
 * @param entries - Candidates with their live ranges.
 * @param point - From {@link caretAt}.
 * @return Matching entries.
 */
export function entriesAt<T extends { range: Range }>(
  entries: Iterable<T>,
  point: { node: Node; offset: number },
): T[] {
  const hits: T[] = [];
  for (const entry of entries) {
    try {
      // Exclusive at the end: a click just after a highlight is not on it.
      const { range } = entry;
      const atEnd = point.node === range.endContainer && point.offset === range.endOffset;
      if (!atEnd && range.comparePoint(point.node, point.offset) === 0) hits.push(entry);
    } catch {
      // A range from another document or a detached node: not a hit.
    }
  }
  return hits.sort((a, b) => a.range.toString().length - b.range.toString().length);
}
