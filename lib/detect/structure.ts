/**
 * The layout of a release as far as commitments care: paragraphs, which of
 * them are forward-looking-statement disclaimers, who speaks in a quoted
 * paragraph ("said X, CEO of Meridian"), and where the "About" section
 * starts (company boilerplate states no new commitments).
 */
import type { CompiledRules } from './compiled';
import type { OrgMention } from './entities';
import type { Span } from './types';

/** A paragraph with what the commitment finder needs to know about it. */
export interface Paragraph extends Span {
  disclaimer: boolean;
  /** Quote attributions ("said X, CEO of Meridian"): where, and for which entity, if any. */
  speakers: Attribution[];
}

/** A speech verb and the organization its speaker speaks for. */
export interface Attribution {
  at: number;
  entity: string | null;
}

/** Most words in an "About ..." heading: a longer line is a sentence. */
const MAX_HEADING_WORDS = 8;

/**
 * Splits the text into paragraphs and classifies them.
 *
 * @param text - the article text
 * @param compiled - compiled rules (disclaimer and speech patterns)
 * @param sentences - sentence spans of the text
 * @param mentions - organization mentions
 * @return paragraphs in order
 */
export function paragraphs(
  text: string,
  compiled: CompiledRules,
  sentences: readonly Span[],
  mentions: readonly OrgMention[],
): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (end > start) {
      const body = text.slice(start, end);
      out.push({
        start,
        end,
        disclaimer: compiled.disclaimers.test(body),
        speakers: attributions(text, compiled, { start, end }, sentences, mentions),
      });
    }
    if (!m) break;
    start = m.index + m[0].length;
  }
  // A heading such as "Forward-looking statements" marks the paragraph after it too.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as Paragraph;
    if (prev.disclaimer && !text.slice(prev.start, prev.end).includes(' ', 40))
      (out[i] as Paragraph).disclaimer = true;
  }
  return out;
}

/**
 * Where the "About the company" section starts.
 *
 * @param text - the article text
 * @param compiled - compiled rules (heading pattern)
 * @return the heading's offset, or the text length when there is none
 */
export function aboutStart(text: string, compiled: CompiledRules): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const words = trimmed.split(/\s+/).length;
    if (
      trimmed &&
      words <= MAX_HEADING_WORDS &&
      (!/[.!?。！？:]$/u.test(trimmed) || endsInAbbreviation(trimmed, compiled)) &&
      compiled.about.test(trimmed)
    ) {
      return offset;
    }
    offset += line.length + 1;
  }
  return text.length;
}

/** "About Devgiri Industries Ltd.": the full stop belongs to a legal form, not to a sentence. */
function endsInAbbreviation(line: string, compiled: CompiledRules): boolean {
  const last = line.slice(line.lastIndexOf(' ') + 1);
  return compiled.abbreviations.has(last) || compiled.legalFormSet.has(last);
}

/**
 * The speaker's organization for a stretch of a paragraph: that of the
 * nearest quote attribution, or null when the paragraph quotes nobody.
 *
 * @param paragraph - the paragraph
 * @param at - offset of the sentence that needs a speaker
 * @return the entity, or null
 */
export function speakerAt(paragraph: Paragraph, at: number): string | null {
  let best: Attribution | null = null;
  for (const a of paragraph.speakers)
    if (!best || Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  return best?.entity ?? null;
}

/** The quote attributions of a paragraph: "said X, CEO of Meridian". */
function attributions(
  text: string,
  compiled: CompiledRules,
  para: Span,
  sentences: readonly Span[],
  mentions: readonly OrgMention[],
): Attribution[] {
  const out: Attribution[] = [];
  const body = text.slice(para.start, para.end);
  compiled.speech.lastIndex = 0;
  for (let m = compiled.speech.exec(body); m; m = compiled.speech.exec(body)) {
    const at = para.start + m.index;
    const sentence = containing(sentences, at);
    if (!sentence) continue;
    const inSentence = within(mentions, sentence);
    const after = inSentence.find((o) => o.start > at);
    const before = [...inSentence].reverse().find((o) => o.end <= at);
    out.push({ at, entity: (after ?? before)?.entity ?? null });
  }
  return out;
}

/** The span containing an offset, by binary search over sorted spans. */
export function containing<T extends Span>(spans: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as T;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The items inside a span, from a list sorted by start. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && (items[i] as T).start < span.end; i++) {
    if ((items[i] as T).end <= span.end) out.push(items[i] as T);
  }
  return out;
}
