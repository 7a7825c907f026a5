import { BLOCKS, BREAK_OF, isSkipped } from './element-rules';
import { IntBuffer } from './int-buffer';

/**
 * The one text model every offset in Pressmark refers to: the visible text
 * of an article element, normalised, with a map from each character back to
 * the DOM text node it came from.
 *
 * Normalisation: Unicode NFC; runs of whitespace (including no-break spaces)
 * collapse to one space; soft hyphens and zero-width characters are dropped;
 * block elements are separated by a blank line ("\n\n") and `<br>` by "\n";
 * no whitespace at the start or end. The same DOM therefore gives the same
 * text in Chromium, Firefox and the Node CLI (linkedom), which is what lets
 * selectors made in one place anchor in another.
 *
 * Uses only Node/Element/Text properties every DOM has (no TreeWalker, no
 * layout), so it runs on a detached clone and under linkedom alike.
 */

/**
 * The normalised text and its map back to DOM text nodes. The map is kept
 * as segments, not per character: a segment is a stretch of `text` that
 * comes from one node, either one to one (a line of prose: unit k is source
 * offset `src + k`) or as a whole (an NFC-composed cluster, or a separator
 * the model inserted: every unit maps to [src, srcEnd)). A page of prose is
 * a few segments per paragraph, not one entry per character.
 */
export interface TextModel {
  text: string;
  /** The source text nodes, in document order. */
  nodes: Text[];
  /** Where each segment starts in `text` (ascending). */
  segStart: Int32Array;
  /** Index into `nodes` of each segment's source. */
  segNode: Int32Array;
  /** Offset in its node where each segment's source starts. */
  segSrc: Int32Array;
  /** For whole segments, where the source ends; -1 for one-to-one segments. */
  segEnd: Int32Array;
  /** For each node: index of its first visible code unit in `text` (or of the next node's). */
  firstOf: Int32Array;
}

/** Where one code unit of the text comes from. */
export interface UnitSource {
  /** Index into `nodes`. */
  node: number;
  /** Offset in the node where the unit's source starts... */
  start: number;
  /** ...and where it ends. */
  end: number;
}

/**
 * Finds the source of one code unit of the model's text.
 *
 * @param model - The text model.
 * @param unit - An offset into `model.text` (0 ≤ unit < length).
 * @return Its node and source offsets.
 */
export function sourceOf(model: TextModel, unit: number): UnitSource {
  const { segStart } = model;
  let lo = 0;
  let hi = segStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segStart[mid] as number) <= unit) lo = mid;
    else hi = mid - 1;
  }
  const node = model.segNode[lo] as number;
  const src = model.segSrc[lo] as number;
  const end = model.segEnd[lo] as number;
  if (end >= 0) return { node, start: src, end };
  const k = unit - (segStart[lo] as number);
  return { node, start: src + k, end: src + k + 1 };
}

/** The text nodes under a root, in order, with the strongest break before each. */
export interface TextScan {
  nodes: Text[];
  /** For each node: the break kind (none, line, paragraph…) since the previous node. */
  breaks: Uint8Array;
}

/** Called during a scan, for work that wants the same walk (block statistics). */
export interface ScanVisitor {
  enter?(el: Element): void;
  exit?(el: Element): void;
  text?(node: Text): void;
}

/**
 * Walks the visible text under `root` once: its text nodes in document
 * order and the block breaks between them, as the text model reads them.
 *
 * @param root - The element (or node) to scan.
 * @param visitor - Optional callbacks for elements entered and left and text nodes met.
 * @return The scan.
 */
export function scanText(root: Node, visitor: ScanVisitor = {}): TextScan {
  const nodes: Text[] = [];
  const breaks: number[] = [];
  let pending = NONE;
  const breakWith = (kind: number) => {
    if (pending < kind) pending = kind;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        nodes.push(child as Text);
        breaks.push(pending);
        pending = NONE;
        visitor.text?.(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') {
          breakWith(LINE_BREAK);
          continue;
        }
        const block = BLOCKS.has(tag);
        const kind = BREAK_OF[tag] ?? PARAGRAPH_BREAK;
        if (block) breakWith(kind);
        visitor.enter?.(el);
        walk(el);
        visitor.exit?.(el);
        if (block) breakWith(kind);
      }
    }
  };
  const isElement = root.nodeType === 1;
  if (isElement) visitor.enter?.(root as Element);
  walk(root);
  if (isElement) visitor.exit?.(root as Element);
  return { nodes, breaks: Uint8Array.from(breaks) };
}

/** Options for {@link buildTextModel}. */
export interface TextModelOptions {
  /**
   * Maps a walked text node to the node the model should point at (the live
   * page's node when walking a clone); `null` leaves the node out entirely.
   */
  mapNode?: (node: Text) => Text | null;
}

/** Fast path: text without combining marks or Hangul jamo is already NFC. */
const MAY_NEED_NFC = /[\p{M}\u1100-\u11ff]/u;

const NONE = 0;
const SPACE_BREAK = 1;
const LINE_BREAK = 3;
const PARAGRAPH_BREAK = 4;
const SEPARATORS = ['', ' ', '\t', '\n', '\n\n'];

/**
 * Runs of invisibles (soft hyphen, zero-width space/joiners, word joiner,
 * BOM: dropped), runs of whitespace (collapsed), and runs of words joined by
 * single plain spaces, which map one to one and so go through in one piece
 * (a line of prose is one run, not one per word). Invisibles come first
 * because `\s` counts the BOM as a space.
 */
const RUNS =
  /([\u00ad\u200b-\u200d\u2060\ufeff]+)|(\s+)|[^\s\u00ad\u200b-\u200d\u2060\ufeff]+(?: [^\s\u00ad\u200b-\u200d\u2060\ufeff]+)*/g;
/** A base character with its combining marks: normalised as one unit. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Builds the normalised text model of everything visible under `root`.
 *
 * @param root - The article element (live, or a clone with `mapNode`).
 * @param options - See {@link TextModelOptions}.
 * @return The text and its map back to text nodes.
 */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  return modelFromScan(scanText(root), options);
}

/**
 * Builds the text model from a scan (see {@link scanText}), so callers that
 * walk the DOM anyway (extraction measures blocks in the same walk) do not
 * walk it twice.
 *
 * @param scan - Text nodes in order with the breaks before each.
 * @param options - See {@link TextModelOptions}.
 * @return The text and its map back to text nodes.
 */
export function modelFromScan(scan: TextScan, options: TextModelOptions = {}): TextModel {
  const mapNode = options.mapNode ?? ((node: Text) => node);
  const nodes: Text[] = [];
  const firstOf = new IntBuffer();
  const out: string[] = [];
  const segStart = new IntBuffer();
  const segNode = new IntBuffer();
  const segSrc = new IntBuffer();
  const segEnd = new IntBuffer();
  /** Appends a segment, or extends the last one when it continues it one to one. */
  const segment = (at: number, node: number, src: number, end: number) => {
    const last = segStart.length - 1;
    if (
      end < 0 &&
      last >= 0 &&
      segEnd.data[last] === -1 &&
      segNode.data[last] === node &&
      (segSrc.data[last] as number) + (at - (segStart.data[last] as number)) === src
    ) {
      return;
    }
    segStart.push(at);
    segNode.push(node);
    segSrc.push(src);
    segEnd.push(end);
  };
  let length = 0;
  let pending = NONE;
  // Separators map to the end of the last visible character before them.
  let lastNode = -1;
  let lastEnd = 0;

  /** Appends `chunk`; unit k maps to [start + k, start + k + 1) unless `whole`. */
  const emit = (chunk: string, node: number, start: number, end: number, whole: boolean) => {
    if (pending !== NONE && length > 0) {
      const sep = SEPARATORS[pending] ?? '';
      segment(length, lastNode, lastEnd, lastEnd);
      out.push(sep);
      length += sep.length;
    }
    pending = NONE;
    if (firstOf.data[node] === -1) firstOf.data[node] = length;
    segment(length, node, start, whole ? end : -1);
    out.push(chunk);
    length += chunk.length;
    lastNode = node;
    lastEnd = end;
  };

  const addText = (source: Text) => {
    const target = mapNode(source);
    if (!target) return;
    const data = source.data;
    const index = nodes.length;
    nodes.push(target);
    firstOf.push(-1); // set by the node's first visible character
    const nfc = MAY_NEED_NFC.test(data);
    RUNS.lastIndex = 0;
    for (let run = RUNS.exec(data); run; run = RUNS.exec(data)) {
      if (run[2] !== undefined) {
        if (pending === NONE && length > 0) pending = SPACE_BREAK;
      } else if (run[1] === undefined) {
        const at = run.index;
        if (!nfc) {
          emit(run[0], index, at, at + run[0].length, false);
          continue;
        }
        // Clusters may change length under NFC: map each whole cluster back.
        CLUSTER.lastIndex = 0;
        for (let c = CLUSTER.exec(run[0]); c; c = CLUSTER.exec(run[0])) {
          const from = at + c.index;
          const normal = c[0].normalize('NFC');
          emit(normal, index, from, from + c[0].length, normal.length !== c[0].length);
        }
      }
    }
  };

  for (let i = 0; i < scan.nodes.length; i++) {
    // Breaks count only once there is text before them: no leading separators.
    const kind = scan.breaks[i] as number;
    if (length > 0 && pending < kind) pending = kind;
    addText(scan.nodes[i] as Text);
  }
  // A node with no visible text starts where the next visible text does.
  let next = length;
  for (let i = firstOf.length - 1; i >= 0; i--) {
    if (firstOf.data[i] === -1) firstOf.data[i] = next;
    else next = firstOf.data[i] as number;
  }
  return {
    text: out.join(''),
    nodes,
    segStart: segStart.done(),
    segNode: segNode.done(),
    segSrc: segSrc.done(),
    segEnd: segEnd.done(),
    firstOf: firstOf.done(),
  };
}
