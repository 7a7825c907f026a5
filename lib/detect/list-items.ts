/**
 * Commitments stated as a list: "Nordvolt has set the following targets:"
 * followed by one target per line. Each item is a commitment of the
 * sentence's actor even without a cue of its own, and takes the lead-in's
 * date when it names none ("Bis 2030 sollen folgende Maßnahmen umgesetzt
 * werden:"). The lead-in itself only announces the list.
 */
import { type Actor, resolveActor } from './actors';
import type { Finding } from './commitments';
import { findCues } from './cues';
import { findDeadlines, mainDeadline } from './deadlines';
import type { ReferentScope } from './referents';
import type { Span } from './types';

/** Longest list item, in words: longer lines are paragraphs, not items. */
const MAX_ITEM_WORDS = 60;
/** Fewest items that make a list. */
const MIN_ITEMS = 2;

/**
 * The list items introduced by a sentence, as commitments.
 *
 * @param scope - text, rules, organizations and the paragraph's speaker
 * @param sentences - all sentence spans
 * @param index - index of the possible introducing sentence
 * @param inherited - the actor of the surrounding commitments
 * @return item indices with their commitments; empty when the sentence introduces no list
 */
export function listItemCommitments(
  scope: ReferentScope,
  sentences: readonly Span[],
  index: number,
  inherited: Actor | null,
): { index: number; finding: Finding }[] {
  const { text, compiled } = scope;
  const intro = sentences[index];
  if (!intro) return [];
  const introText = text.slice(intro.start, intro.end);
  const colon = text[intro.end - 1] === ':' || text[intro.end - 1] === '：';
  // "重点分野は以下のとおりです。": a lead-in may announce its list in words instead of a colon.
  if ((!colon && !compiled.listAnnouncers?.test(introText)) || introText.includes('\t')) return [];
  // "D'ici 2030, la BMSA s'engage à :": a lead-in that commits, or names targets, announces
  // the commitments its items complete; so does one that continues a sentence naming a plan
  // ("…投融資を実行する計画です。重点分野は以下のとおりです。").
  const previous = sentences[index - 1];
  const continues =
    previous !== undefined && !/\n\s*\n/u.test(text.slice(previous.end, intro.start));
  if (
    !compiled.listIntros.test(introText) &&
    findCues(scope, intro).length === 0 &&
    !(continues && compiled.listIntros.test(text.slice(previous.start, previous.end)))
  )
    return [];
  const items: number[] = [];
  for (let j = index + 1; j < sentences.length; j++) {
    const s = sentences[j] as Span;
    const gap = text.slice((sentences[j - 1] as Span).end, s.start);
    const line = text.slice(s.start, s.end);
    if (!gap.includes('\n') || line.includes('\t')) break;
    if (items.length > 0 && /\n\s*\n/.test(gap)) break;
    if (text[s.end] !== undefined && text[s.end] !== '\n') break; // an item is a whole line
    if (line.split(/\s+/).length > MAX_ITEM_WORDS) break;
    items.push(j);
  }
  if (items.length < MIN_ITEMS) return [];
  const site = {
    clauseStart: intro.start,
    clauseEnd: intro.end,
    cueStart: intro.end - 1,
    cueWordEnd: intro.end - 1,
  };
  const actor = resolveActor(scope, site, inherited);
  const deadline = mainDeadline(findDeadlines(text, intro, compiled));
  return items.map((j) => {
    const span = sentences[j] as Span;
    const own = findCues(scope, span)[0];
    return {
      index: j,
      finding: {
        span,
        rule: own ? `commitment:${own.cue.cue.rule}` : 'commitment:list-item',
        firmness: own ? own.cue.cue.firmness : 'intent',
        actor,
        verb: own?.verb,
        cueStart: own ? own.start : span.start,
        cueEnd: own ? own.end : span.start,
        actionFromCue: own ? own.cue.cue.actionFromCue : true,
        deadline,
      },
    };
  });
}
