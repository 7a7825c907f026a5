/**
 * Readability rewrites the document it reads, so Pressmark gives it a clone
 * and keeps a way back from the clone's text nodes to the live page's: the
 * article is found on the clone, but highlights are drawn on the live page.
 *
 * Two ways back. Most text nodes keep their identity through Readability
 * (it moves them), and a lockstep walk pairs them with their originals.
 * But when its first pass keeps too little text, Readability restores the
 * body from an HTML string and tries again: every node is new. For those,
 * an indexed clone gives each element its index in document order as an
 * attribute (attributes survive the round trip), and a text node is found
 * again by its text under the nearest indexed ancestor. Indexing costs a
 * write per element and makes every serialisation Readability does larger,
 * so it is only done when the plain clone turns out not to be enough.
 */

/** A detached copy of a document and the way back to its live nodes. */
export interface MappedClone {
  clone: Document;
  /** The live text node a clone text node was copied from, if any. */
  liveOf: (cloneNode: Text) => Text | null;
  /** Whether `cloneNode` is one of the clone's original text nodes (not re-created). */
  isOriginal: (cloneNode: Text) => boolean;
}

/** Set on every element of an indexed clone: its index among the live page's elements. */
const INDEX = 'data-pressmark-i';
/** NodeFilter.SHOW_TEXT (the global NodeFilter is missing in Node). */
const SHOW_TEXT = 4;

/**
 * Clones `doc` deeply and prepares the mapping back to it. Must run before
 * anything mutates the clone: the pairing walks both trees in lockstep.
 *
 * @param doc - The live document (or any document in Node).
 * @param indexed - Also index the clone's elements, so text nodes that are
 *   re-created from HTML can still be mapped back.
 * @return The clone and the text-node map.
 */
export function cloneWithMap(doc: Document, indexed = false): MappedClone {
  const clone = doc.cloneNode(true) as Document;
  // Native traversal (a selector query, tree walkers) is about twice as fast
  // as walking firstChild/nextSibling from script, and runs under linkedom too.
  const elements = indexed ? Array.from(doc.documentElement.querySelectorAll('*')) : [];
  if (indexed) {
    const copies = clone.documentElement.querySelectorAll('*');
    for (let i = 0; i < copies.length; i++) copies[i]?.setAttribute(INDEX, String(i));
  }
  const pairs = new Map<Node, Text>();
  const live = doc.createTreeWalker(doc.documentElement, SHOW_TEXT);
  const copy = clone.createTreeWalker(clone.documentElement, SHOW_TEXT);
  for (
    let a = live.nextNode(), b = copy.nextNode();
    a && b;
    a = live.nextNode(), b = copy.nextNode()
  ) {
    pairs.set(b, a as Text);
  }
  const claimed = new Set<Text>();
  const byText = (node: Text): Text | null => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      const index = el.getAttribute(INDEX);
      if (index === null) continue;
      const live = elements[Number(index)];
      return live ? firstUnclaimed(live, node.data, claimed) : null;
    }
    return null;
  };
  return {
    clone,
    liveOf: (node) => {
      const live = pairs.get(node) ?? (indexed ? byText(node) : null);
      if (live) claimed.add(live);
      return live;
    },
    isOriginal: (node) => pairs.has(node),
  };
}

/** The first text node under `root` with exactly this text that no one took yet. */
function firstUnclaimed(root: Node, data: string, claimed: Set<Text>): Text | null {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child as Text).data === data && !claimed.has(child as Text)) return child as Text;
    } else {
      const found = firstUnclaimed(child, data, claimed);
      if (found) return found;
    }
  }
  return null;
}
