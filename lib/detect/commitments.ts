/**
 * Commitments: sentences (or clauses) in which an organization binds itself
 * to a future action or target. Cues come from the language module; this
 * file decides scope (sentence, clause, purpose clause, list item), actor,
 * firmness, amount and deadline.
 */
import type { Detection, Firmness } from '../model';
import { actionOf } from './actions';
import { type Actor, resolveActor } from './actors';
import { findAmounts, mainAmount } from './amounts';
import { afterDateline, splitClauses, trimSpan } from './clauses';
import type { CompiledRules } from './compiled';
import { type CueHit, findCues } from './cues';
import { findDeadlines, mainDeadline } from './deadlines';
import type { OrgContext } from './entities';
import { listItemCommitments } from './list-items';
import type { ReferentScope } from './referents';
import { aboutStart, containing, type Paragraph, paragraphs, speakerAt } from './structure';
import type { Span } from './types';

/** Confidence by firmness: a firm "will" is the clearest cue. */
const CONFIDENCE: Record<Firmness, number> = { firm: 0.8, intent: 0.7, conditional: 0.6 };
/** Less sure when the actor was inherited rather than named in the clause. */
const INHERITED_ACTOR_PENALTY = 0.1;

/** One commitment before it becomes a Detection. */
export interface Finding {
  span: Span;
  rule: string;
  firmness: Firmness;
  actor: Actor | null;
  verb?: string;
  cueStart: number;
  cueEnd: number;
  /** The cue is the verb itself: the action starts at the cue. */
  actionFromCue?: boolean;
  /** The deadline when the span names none: a list item's lead-in date. */
  deadline?: string;
}

/**
 * Finds the commitments in a text.
 *
 * @param text - the article text
 * @param sentences - its sentence spans
 * @param orgs - organizations found in it
 * @param compiled - the language's compiled rules
 * @return commitment detections in order
 */
export function findCommitments(
  text: string,
  sentences: readonly Span[],
  orgs: OrgContext,
  compiled: CompiledRules,
): Detection[] {
  const paras = paragraphs(text, compiled, sentences, orgs.mentions);
  const about = aboutStart(text, compiled);
  const out: Detection[] = [];
  const handled = new Set<number>();
  let context: { paragraph: Paragraph; actor: Actor } | null = null;
  // The company named as the actor of the release's first commitment (the lead states who
  // carries out the project): an actorless clause in a later paragraph is about it.
  let focus: string | null = null;
  let first = true;
  sentences.forEach((sentence, index) => {
    if (sentence.start >= about || handled.has(index)) return;
    const paragraph = containing(paras, sentence.start);
    if (!paragraph || paragraph.disclaimer) return;
    if (text.slice(sentence.start, sentence.end).includes('\t')) return; // a table row
    const scope: ReferentScope = {
      text,
      compiled,
      orgs,
      speaker: speakerAt(paragraph, sentence.start),
      focus,
    };
    const inherited = context?.paragraph === paragraph ? context.actor : null;
    const body = { start: afterDateline(text, sentence, compiled.alphabet), end: sentence.end };
    const items = listItemCommitments(scope, sentences, index, inherited);
    // A lead-in ("... folgende Maßnahmen umgesetzt werden:") announces its items; they commit.
    const findings = items.length > 0 ? [] : sentenceFindings(scope, body, inherited);
    for (const f of items) {
      handled.add(f.index);
      findings.push(f.finding);
    }
    for (const f of findings) {
      out.push(toDetection(text, f, compiled));
      if (f.actor) context = { paragraph, actor: f.actor };
      if (first) {
        const entity =
          f.actor?.explicit && f.actor.entity ? orgs.entities.get(f.actor.entity) : null;
        if (entity && !entity.government) focus = entity.name;
        first = false;
      }
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The commitments of one sentence: one per clause with its own actor. */
function sentenceFindings(
  scope: ReferentScope,
  sentence: Span,
  inherited: Actor | null,
): Finding[] {
  const { text, compiled } = scope;
  const hits = findCues(scope, sentence);
  if (hits.length === 0) return [];
  const groups: { span: Span; hit: CueHit; actor: Actor | null }[] = [];
  for (const clause of splitClauses(text, sentence, compiled)) {
    const hit = hits.find((h) => h.start >= clause.start && h.start < clause.end);
    const current = groups[groups.length - 1];
    if (!hit) {
      if (current) current.span.end = clause.end;
      continue;
    }
    const site = {
      // Clauses before the first cue belong to the first commitment: its subject may be there
      // ("公司于……召开会议，审议通过了……").
      clauseStart: current ? clause.start : sentence.start,
      clauseEnd: clause.end,
      cueStart: hit.start,
      cueWordEnd: hit.wordEnd,
      dateCue: hit.cue.cue.dateCue,
    };
    const actor = resolveActor(scope, site, current?.actor ?? inherited);
    if (current && (!actor?.explicit || actor.entity === current.actor?.entity)) {
      current.span.end = clause.end;
      continue;
    }
    groups.push({
      span: { start: current ? clause.start : sentence.start, end: clause.end },
      hit,
      actor,
    });
  }
  return groups.map(({ span, hit, actor }) => ({
    span: hit.cue.cue.fromCue ? { start: hit.start, end: span.end } : span,
    rule: `commitment:${hit.cue.cue.rule}`,
    firmness: hit.cue.cue.firmness,
    actor,
    verb: hit.verb,
    cueStart: hit.start,
    cueEnd: hit.end,
    actionFromCue: hit.cue.cue.actionFromCue,
  }));
}

function toDetection(text: string, f: Finding, compiled: CompiledRules): Detection {
  const span = trimSpan(text, f.span);
  const exact = text.slice(span.start, span.end);
  const firmness: Firmness = compiled.conditionals.test(exact) ? 'conditional' : f.firmness;
  const confidence = CONFIDENCE[firmness] - (f.actor?.explicit ? 0 : INHERITED_ACTOR_PENALTY);
  const detection: Detection = {
    kind: 'commitment',
    start: span.start,
    end: span.end,
    exact,
    rule: f.rule,
    confidence: Math.round(confidence * 100) / 100,
    firmness,
  };
  if (f.actor) {
    detection.actor = f.actor.name;
    if (f.actor.entity) detection.entity = f.actor.entity;
  }
  const action = actionOf(text, f, compiled);
  if (action) detection.action = action;
  const amount = mainAmount(findAmounts(text, span, compiled));
  if (amount) detection.amount = amount;
  const deadline = mainDeadline(findDeadlines(text, span, compiled)) ?? f.deadline;
  if (deadline) detection.deadline = deadline;
  return detection;
}
