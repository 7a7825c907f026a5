/**
 * A readable diff between the release text as annotated and as it reads
 * now, sentence by sentence: what was added, removed, or edited. Sentences
 * (not words or lines) are what an analyst compares when a company quietly
 * revises a release.
 */
import { diffArrays } from 'diff';
import { splitSentences } from '../detect/sentences';
import type { TextChange } from '../model';

/** A removed and an added sentence this similar are one edited sentence. */
const EDIT_SIMILARITY = 0.5;

const sentencesOf = (text: string, lang: string): string[] =>
  splitSentences(text, lang)
    .map((s) => text.slice(s.start, s.end).trim())
    .filter(Boolean);

const words = (s: string): string[] =>
  s.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];

/** Dice coefficient over word multisets: 1 for the same words, 0 for none shared. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length + y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Pairs removed and added sentences of one hunk into edits where they resemble each other. */
function pairHunk(removed: string[], added: string[]): TextChange[] {
  const changes: TextChange[] = [];
  const unused = new Set(added.map((_, i) => i));
  for (const before of removed) {
    let best = -1;
    let bestScore = EDIT_SIMILARITY;
    for (const i of unused) {
      const score = similarity(before, added[i] as string);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      unused.delete(best);
      changes.push({ kind: 'edited', before, after: added[best] });
    } else {
      changes.push({ kind: 'removed', before });
    }
  }
  for (const i of unused) changes.push({ kind: 'added', after: added[i] });
  return changes;
}

/**
 * Compares two versions of a release.
 *
 * @param before - The text as annotated.
 * @param after - The text now.
 * @param lang - Language, for sentence splitting.
 * @return The changes in reading order; empty when the sentences are equal.
 */
export function diffText(before: string, after: string, lang: string): TextChange[] {
  const parts = diffArrays(sentencesOf(before, lang), sentencesOf(after, lang));
  const changes: TextChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    changes.push(...pairHunk(removed, added));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return changes;
}
