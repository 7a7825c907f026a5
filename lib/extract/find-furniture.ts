/**
 * Page furniture that Readability may keep next to a release although no
 * release holds it: image captions (guidelines: captions are boilerplate,
 * "© Agency / Foto: …") and sign-up boxes, small blocks built around a form
 * ("Subscribe to our newsletter" and its e-mail field). Both are structural
 * tests that hold in any language.
 */
import type { BlockStatsIndex } from './block-stats';

/** A block around a form holding at most this many words is a sign-up box, not prose. */
const SIGN_UP_WORDS = 60;

/**
 * Finds captions and sign-up boxes inside an element. Read-only.
 *
 * @param root - The region to search (live page or clone).
 * @param stats - Word counts of the region's elements.
 * @return The caption and sign-up box elements.
 */
export function findFurniture(root: Element, stats: BlockStatsIndex): Set<Element> {
  const found = new Set<Element>(root.querySelectorAll('figcaption'));
  for (const control of root.querySelectorAll('form, input, textarea')) {
    // Widen to the largest small block around the form: the box with its title and prompt.
    let box: Element = control;
    for (
      let parent = control.parentElement;
      parent && parent !== root && stats.of(parent).words <= SIGN_UP_WORDS;
      parent = parent.parentElement
    )
      box = parent;
    if (box !== control) found.add(box);
  }
  return found;
}
