/**
 * Pressmark's detector: organizations and commitments in a press release.
 * Pure TypeScript (no DOM, no browser or Node APIs): the content script and
 * the CLI call it alike. Per-language knowledge lives in `languages/`.
 */
import type { Detection } from '../model';
import { alphabetOf } from './alphabet';
import { findCommitments } from './commitments';
import { compiledFor } from './compiled';
import { findOrganizations } from './organizations';
import { sentencesOf } from './sentences';
import type { WatchListEntry } from './watch-list';

export { detectLanguage, normaliseTag } from './language';
export { LANGUAGES, rulesFor } from './languages/index';
export { splitSentences } from './sentences';
export type { LanguageRules, Span } from './types';
export type { WatchListEntry } from './watch-list';

/** What to detect. Everything is on by default. */
export interface DetectOptions {
  organizations?: boolean;
  commitments?: boolean;
  /** Organizations the user wants found under any of their names. */
  watchList?: WatchListEntry[];
}

/**
 * Finds organization mentions and commitments in an article.
 *
 * @param article - the article text and its language code ("de", "zh-cn")
 * @param options - which kinds to detect, and the user's watch list (found even
 *   with the organization detector off)
 * @return detections sorted by start; `exact === article.text.slice(start, end)` for each
 */
export function detect(
  article: { text: string; lang: string },
  options: DetectOptions = {},
): Detection[] {
  const { text } = article;
  const compiled = compiledFor(article.lang, alphabetOf(text));
  const orgs = findOrganizations(text, compiled, options.watchList ?? []);
  const out: Detection[] = [];
  // With the organization detector off, the user's own watch-list still shows:
  // it is an explicit request, not a guess.
  const showOrg = (rule: string) => options.organizations !== false || rule === 'org:watch-list';
  for (const m of orgs.mentions) {
    if (!showOrg(m.rule)) continue;
    out.push({
      kind: 'organization',
      start: m.start,
      end: m.end,
      exact: text.slice(m.start, m.end),
      rule: m.rule,
      confidence: m.confidence,
      entity: m.entity,
    });
  }
  if (options.commitments !== false) {
    out.push(...findCommitments(text, sentencesOf(text, compiled), orgs, compiled));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
