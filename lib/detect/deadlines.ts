/**
 * Deadlines: date expressions normalised to ISO-like strings.
 * "bis Ende 2026" -> "2026-12-31", "third quarter of 2026" -> "2026-Q3",
 * "second half of 2028" -> "2028-H2", "2024年6月" -> "2024-06", "by 2030" -> "2030".
 * A period counts as its end ("Geschäftsjahr 2026/27" and "FY2026-27" -> "2027"),
 * a fiscal year as the year in its label ("FY27" -> "2027"), and "before" a
 * year as the last day of the year before ("antes de 2027" -> "2026-12-31").
 */
import type { CompiledRules } from './compiled';
import type { DeadlineKind, Span } from './types';

/** A date expression found in the text, with its normalised value. */
export interface FoundDeadline {
  start: number;
  end: number;
  kind: DeadlineKind;
  value: string;
  /** A baseline or past reference ("compared with 2019"), not a deadline. */
  baseline: boolean;
  /** Followed by a completion word (zh 建成): the date the work is done. */
  completion: boolean;
  /** Inside a non-restrictive relative clause: background, used only when nothing else is. */
  aside: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The later year of a split label ("2026/27" -> 2027), or null when the two
 * digits do not name the next year: "2026-03" is a month, not a period.
 */
function splitYearEnd(year: number, yy: string): number | null {
  const end = year + 1;
  return end % 100 === Number(yy) ? end : null;
}

const CN_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** The third five-year plan ran 1966-1970; from then on each plan is five years. */
const THIRD_PLAN_END = 1970;

/** Last year of the Nth Chinese five-year plan: 十四 -> 2025, 十五 -> 2030. */
function planEnd(numeral: string): string | null {
  let n = 0;
  for (const ch of numeral) n += CN_NUMERALS[ch] ?? 0;
  return n >= 3 ? String(THIRD_PLAN_END + 5 * (n - 3)) : null;
}

function normalise(
  kind: DeadlineKind,
  g: Record<string, string | undefined>,
  compiled: CompiledRules,
): string | null {
  if (kind === 'plan') return g.plan ? planEnd(g.plan) : null;
  // "FY27" has only the two digits; fiscal labels of this century are meant.
  const year = g.year ? Number(g.year) : g.yy ? 2000 + Number(g.yy) : 0;
  if (!year) return null;
  const ordinal = g.ord ? compiled.rules.ordinals[g.ord.toLowerCase()] : undefined;
  const month = g.month
    ? compiled.rules.months[g.month.toLowerCase().replace(/\.$/, '')]
    : Number(g.mnum);
  switch (kind) {
    case 'day': {
      const day = Number(g.day);
      if (!month || !day || day > lastDay(year, month)) return null;
      return `${year}-${pad(month)}-${pad(day)}`;
    }
    case 'month':
      return month ? `${year}-${pad(month)}` : null;
    case 'quarter': {
      const q = ordinal ?? Number(g.q);
      return q >= 1 && q <= 4 ? `${year}-Q${q}` : null;
    }
    case 'half': {
      const h = ordinal ?? Number(g.h);
      return h === 1 || h === 2 ? `${year}-H${h}` : null;
    }
    case 'yearEnd':
      return `${year}-12-31`;
    case 'range': {
      if (g.year2) return g.year2;
      if (!g.year || !g.yy) return String(year);
      const end = splitYearEnd(year, g.yy);
      return end ? String(end) : null;
    }
    case 'before':
      return `${year - 1}-12-31`;
    default:
      // "Mitte 2026", "mid-2026": more precise than the year would claim too much.
      return String(year);
  }
}

/**
 * Finds the date expressions in a stretch of text, most specific template first.
 *
 * @param text - the article text
 * @param span - where to look (a commitment's sentence or clause)
 * @param compiled - the language's compiled templates
 * @return non-overlapping dates in order of appearance
 */
export function findDeadlines(text: string, span: Span, compiled: CompiledRules): FoundDeadline[] {
  const slice = text.slice(span.start, span.end);
  const asides = asideSpans(slice, span.start, compiled);
  const found: FoundDeadline[] = [];
  for (const { kind, re } of compiled.deadlines) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const value = kind === 'decade' ? decadeEnd(text) : normalise(kind, m.groups ?? {}, compiled);
      if (!value) continue;
      const context = `${text.slice(Math.max(span.start, start - 40), start)}\u0000${text.slice(end, Math.min(span.end, end + 30))}`;
      found.push({
        start,
        end,
        kind,
        value,
        baseline: compiled.baselines.test(context),
        // A vague period ("“十五五”期间建成") does not outrank a stated date as the completion.
        completion:
          kind !== 'plan' &&
          kind !== 'decade' &&
          compiled.completion.test(text.slice(end, Math.min(span.end, end + 20))),
        aside: asides.some((a) => a.start <= start && end <= a.end),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const FIRST_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/**
 * "By the end of the decade", written in the 2020s, means 2030 (common usage):
 * the decade is that of the first year the release names, its dateline's.
 */
function decadeEnd(text: string): string | null {
  const year = FIRST_YEAR.exec(text);
  return year ? String(Math.floor(Number(year[0]) / 10) * 10 + 10) : null;
}

/** The relative clauses of a stretch of text, as absolute spans. */
function asideSpans(slice: string, offset: number, compiled: CompiledRules): Span[] {
  const re = compiled.asides;
  if (!re) return [];
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The deadline of a commitment: a date followed by a completion word, else the first date
 * that is not a baseline; dates in relative clauses only when there is no other.
 *
 * @param deadlines - dates found in the commitment
 * @return the normalised deadline, or undefined
 */
export function mainDeadline(deadlines: readonly FoundDeadline[]): string | undefined {
  const usable = deadlines.filter((d) => !d.baseline);
  const main = usable.filter((d) => !d.aside);
  const pool = main.length > 0 ? main : usable;
  return (pool.find((d) => d.completion) ?? pool[0])?.value;
}
