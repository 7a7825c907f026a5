/**
 * The thin DOM adapter of the anchoring core: converts between offsets into a
 * {@link TextModel}'s text and live DOM Ranges. Everything else in
 * `lib/anchor` is pure string logic over the model's text.
 */
import { sourceOf, type TextModel } from './text-model';

/**
 * Builds a live Range covering text offsets [start, end) of the model.
 *
 * @param model - The article's text model (its nodes are live page nodes).
 * @param start - First code unit, inclusive.
 * @param end - Last code unit, exclusive; must be greater than `start`.
 * @return The range, or null when the offsets are out of bounds or the
 *   nodes have left the document (a re-render: rebuild the model).
 */
export function toRange(model: TextModel, start: number, end: number): Range | null {
  if (start < 0 || end > model.text.length || start >= end) return null;
  const from = sourceOf(model, start);
  const to = sourceOf(model, end - 1);
  const startNode = model.nodes[from.node];
  const endNode = model.nodes[to.node];
  if (!startNode?.isConnected || !endNode?.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, from.start);
  range.setEnd(endNode, to.end);
  return range;
}

/**
 * Converts a live Range (usually the user's selection) to text offsets.
 *
 * @param model - The article's text model.
 * @param range - Any range; parts outside the article are clipped away.
 * @return [start, end) with leading/trailing whitespace trimmed, or null
 *   when the range covers no article text.
 */
export function fromRange(model: TextModel, range: Range): { start: number; end: number } | null {
  let start = offsetOfPoint(model, range.startContainer, range.startOffset);
  let end = offsetOfPoint(model, range.endContainer, range.endOffset);
  const text = model.text;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Maps a DOM boundary point to the text offset of the first model character
 * at or after it.
 */
function offsetOfPoint(model: TextModel, container: Node, offset: number): number {
  const { nodes, firstOf } = model;
  const total = model.text.length;
  if (container.nodeType === 3) {
    const index = nodes.indexOf(container as Text);
    if (index >= 0) {
      // First unit of this node whose source begins at or after `offset`.
      let i = firstOf[index] as number;
      for (; i < total; i++) {
        const source = sourceOf(model, i);
        if (source.node !== index || source.start >= offset) break;
      }
      return i;
    }
  }
  // The boundary is between nodes: find the first model node after it.
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = nodes[mid] as Text;
    // comparePoint is -1 when (node, 0) lies before the boundary.
    if (probe.comparePoint(node, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo < nodes.length ? (firstOf[lo] as number) : total;
}
