/**
 * Per-language compiled patterns. Building regular expressions from the data
 * modules costs far more than running them, so each language is compiled once
 * per alphabet (see alphabet.ts) and kept for the life of the process
 * (content script or CLI).
 */

import { type Alphabet, UNICODE_ALPHABET } from './alphabet';
import { en } from './languages/en';
import { LANGUAGES, rulesFor } from './languages/index';
import { INTERNATIONAL_LEGAL_FORMS } from './languages/legal-forms';
import { UNIT_SYMBOLS } from './languages/unit-symbols';
import { compile, compileAny, escapeRegExp, literalAlternation } from './patterns';
import type { CommitmentCue, DeadlineKind, LanguageRules, ReferentKind } from './types';

/** A cue with its compiled expression. */
export interface CompiledCue {
  cue: CommitmentCue;
  re: RegExp;
  context: RegExp | null;
}

/** Everything the engine runs for one language. */
export interface CompiledRules {
  rules: LanguageRules;
  /** The letters and digits the patterns were built for. */
  alphabet: Alphabet;
  /** Lower-case stopwords of this language and English (names mix both). */
  stopwords: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  descriptors: ReadonlySet<string>;
  suffixHeads: ReadonlySet<string>;
  prefixHeads: ReadonlySet<string>;
  bareNameHeads: ReadonlySet<string>;
  lowerCaseHeads: ReadonlySet<string>;
  complements: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  genitives: ReadonlySet<string>;
  nameAdjectives: ReadonlySet<string>;
  nonOrgHeads: ReadonlySet<string>;
  tickerLabels: ReadonlySet<string>;
  /** Case endings, longest first. */
  caseEndings: readonly string[];
  compoundHeads: readonly string[];
  placeHeads: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  locatives: ReadonlySet<string>;
  governmentHeads: readonly string[];
  abbreviations: ReadonlySet<string>;
  /** Legal forms of every language, longest first, as one expression. */
  legalForms: RegExp;
  legalFormSet: ReadonlySet<string>;
  cjkSuffixes: RegExp | null;
  cjkPrefixes: RegExp | null;
  aliasDefinitions: readonly RegExp[];
  issuerShortNames: readonly RegExp[];
  referents: readonly { kind: ReferentKind; re: RegExp }[];
  speech: RegExp;
  cues: readonly CompiledCue[];
  conditionals: RegExp;
  pastTense: RegExp | null;
  hopes: RegExp;
  disclaimers: RegExp;
  nonCommitments: RegExp;
  forecast: RegExp;
  listIntros: RegExp;
  listAnnouncers: RegExp | null;
  clauseJoins: RegExp;
  about: RegExp;
  infinitive: RegExp | null;
  participle: RegExp | null;
  deadlines: readonly { kind: DeadlineKind; re: RegExp }[];
  baselines: RegExp;
  completion: RegExp;
  asides: RegExp | null;
  amount: AmountPatterns;
  scaleOf: ReadonlyMap<string, number>;
  currencyOf: ReadonlyMap<string, string>;
  unitOf: ReadonlyMap<string, string>;
}

const cache = new Map<string, CompiledRules>();
/**
 * Most compiled rule sets kept. Texts in Latin scripts share one alphabet per
 * language; without a bound, a CLI run over many CJK pages would keep one per page.
 */
const MAX_CACHED = 8;

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));

function allLegalForms(): string[] {
  const forms = [...INTERNATIONAL_LEGAL_FORMS];
  for (const rules of Object.values(LANGUAGES)) forms.push(...rules.legalForms);
  return forms;
}

/** A language's unit words and the symbols all languages share. */
const unitsOf = (rules: LanguageRules) => ({ ...UNIT_SYMBOLS, ...rules.units });

function deadlineSource(rules: LanguageRules, template: string): string {
  const ordinals = literalAlternation(Object.keys(rules.ordinals));
  const months = literalAlternation(Object.keys(rules.months));
  return template
    .replace('{year2}', '(?<year2>(?:19|20)\\d{2})(?!\\d)')
    .replace('{yy}', '(?<yy>\\d{2})(?!\\d)')
    .replace('{year}', '(?<!\\d)(?<year>(?:19|20)\\d{2})(?!\\d)')
    .replace('{ord}', `(?<ord>${ordinals || '(?!)'})`)
    .replace('{q}', '(?<q>[1-4])')
    .replace('{h}', '(?<h>[12])')
    .replace('{month}', `(?<month>${months || '(?!)'})(?![\\p{L}])`)
    .replace('{mnum}', '(?<mnum>1[0-2]|0?[1-9])')
    .replace('{plan}', '(?<plan>十[一二三四五六七八九]?|[三四五六七八九])')
    .replace('{day}', '(?<!\\d)(?<day>3[01]|[12]\\d|0?[1-9])');
}

/** The number part of an amount in a language: grouped thousands or a plain decimal. */
function numberSource(rules: LanguageRules): string {
  const groups = rules.groupSeparators.map(escapeRegExp).join('');
  const decimal = escapeRegExp(rules.decimalSeparator);
  // Either separator may show up as a decimal point: releases quote foreign figures.
  return `\\d{1,3}(?:[${groups}]\\d{3})+(?:${decimal}\\d+)?|\\d+(?:[.,]\\d+)?`;
}

/** The three shapes of an amount: currency first, currency last, number and unit. */
export interface AmountPatterns {
  before: RegExp;
  after: RegExp;
  unit: RegExp;
}

function amountPatterns(rules: LanguageRules, alphabet: Alphabet): AmountPatterns {
  const cjk = rules.script === 'cjk';
  const currencies = literalAlternation(Object.keys(rules.currencies));
  const scales = literalAlternation(Object.keys(rules.scales));
  // One-letter scales ("m", "b") only make sense next to a currency ("EUR 420m").
  const longScales = literalAlternation(
    Object.keys(rules.scales).filter((k) => k.length > 1 || cjk),
  );
  const units = literalAlternation(Object.keys(unitsOf(rules)));
  const gap = cjk ? '\\s?' : '\\s*';
  const end = cjk ? '' : '(?![\\p{L}\\p{N}])';
  // In CJK text a number follows ideographs directly ("约500亿元"): only digits and Latin letters glue.
  const num = `(?<![${cjk ? 'A-Za-z\\p{N}' : '\\p{L}\\p{N}'}.,])(?<num>${numberSource(rules)})`;
  const scale = (alt: string) => (alt ? `(?:${gap}(?<scale>${alt})${end})?` : '');
  // Units may follow one or two adjectives in space-separated languages ("1,500 diesel trucks").
  const filler = cjk ? '' : '(?:[\\p{Ll}-]+\\s+){0,2}?';
  return {
    before: compile(`(?<cur>${currencies})${gap}${num}${scale(scales)}`, 'g', alphabet),
    // "1,2 milliard d'euros", "800 millones de euros", "95 milioni di euro": a preposition may
    // join number and currency.
    after: compile(
      `${num}${scale(scales)}${gap}(?:(?:de|di|d['’]|of)\\s*)?(?<cur>${currencies})${end}`,
      'g',
      alphabet,
    ),
    unit: compile(
      `${num}${scale(longScales)}${gap}${filler}(?<unit>${units})${end}`,
      'g',
      alphabet,
    ),
  };
}

function build(rules: LanguageRules, alphabet: Alphabet): CompiledRules {
  const withEn = (pick: (r: LanguageRules) => readonly string[]) =>
    rules === en ? pick(rules) : [...pick(rules), ...pick(en)];
  const legal = allLegalForms();
  const cues = rules.cues.map((cue) => ({
    cue,
    re: compile(cue.pattern, cue.caseSensitive ? 'g' : 'gi', alphabet),
    context: cue.context ? compile(cue.context, 'i', alphabet) : null,
  }));
  return {
    rules,
    alphabet,
    stopwords: lower(withEn((r) => r.stopwords)),
    roleWords: new Set(withEn((r) => r.roleWords)),
    descriptors: new Set(withEn((r) => r.descriptors)),
    suffixHeads: new Set(withEn((r) => r.suffixHeads)),
    prefixHeads: new Set(withEn((r) => r.prefixHeads)),
    bareNameHeads: new Set(rules.bareNameHeads),
    lowerCaseHeads: new Set(rules.lowerCaseHeads ?? []),
    complements: new Set(withEn((r) => r.complements)),
    connectors: new Set(withEn((r) => r.connectors)),
    genitives: new Set(rules.genitives),
    nameAdjectives: new Set(rules.nameAdjectives),
    nonOrgHeads: new Set(withEn((r) => r.nonOrgHeads)),
    tickerLabels: new Set(withEn((r) => r.tickerLabels)),
    caseEndings: [...(rules.caseEndings ?? [])].sort((a, b) => b.length - a.length),
    compoundHeads: rules.compoundHeads,
    placeHeads: new Set(withEn((r) => r.placeHeads)),
    prepositions: new Set(rules.prepositions),
    locatives: new Set(rules.locatives),
    governmentHeads: withEn((r) => r.governmentHeads),
    abbreviations: new Set([
      ...withEn((r) => r.abbreviations),
      ...legal.filter((f) => f.endsWith('.')),
    ]),
    // Legal forms follow a space or a comma: checking that first skips most positions cheaply.
    legalForms: compile(
      `(?<=[\\s,])(?:${literalAlternation(legal)})(?![\\p{L}\\p{N}])`,
      'g',
      alphabet,
    ),
    legalFormSet: new Set(legal),
    cjkSuffixes: rules.cjkSuffixes ? new RegExp(literalAlternation(rules.cjkSuffixes), 'gu') : null,
    cjkPrefixes: rules.legalPrefixes
      ? new RegExp(literalAlternation(rules.legalPrefixes), 'gu')
      : null,
    aliasDefinitions: rules.aliasDefinitions.map((s) => compile(s, 'di', alphabet)),
    issuerShortNames: (rules.issuerShortNames ?? []).map((s) => compile(s, 'dg', alphabet)),
    referents: rules.referents.map((r) => ({
      kind: r.kind,
      re: compile(r.pattern, 'gi', alphabet),
    })),
    speech: compileAny(rules.speechVerbs, 'gi', alphabet),
    cues,
    conditionals: compileAny(rules.conditionals, 'i', alphabet),
    pastTense: rules.pastTense ? compile(rules.pastTense, 'i', alphabet) : null,
    hopes: compileAny(rules.hopes, 'gi', alphabet),
    disclaimers: compileAny(rules.disclaimers, 'i', alphabet),
    nonCommitments: compileAny(rules.nonCommitments, 'i', alphabet),
    forecast: compileAny(rules.forecastSubjects, 'i', alphabet),
    listIntros: compileAny(rules.listIntros, 'i', alphabet),
    listAnnouncers: rules.listAnnouncers?.length
      ? compileAny(rules.listAnnouncers, 'i', alphabet)
      : null,
    clauseJoins: compileAny(rules.clauseJoins, 'g', alphabet),
    about: compile(rules.aboutHeading, '', alphabet),
    infinitive: rules.infinitive ? compile(rules.infinitive, '', alphabet) : null,
    participle: rules.participle ? compile(rules.participle, '', alphabet) : null,
    deadlines: rules.deadlineTemplates.map((t) => ({
      kind: t.kind,
      re: compile(deadlineSource(rules, t.pattern), 'gi', alphabet),
    })),
    baselines: compileAny(
      rules.baselineMarkers.map((m) =>
        m
          .split('@')
          .map((p) => p)
          .join('\\u0000'),
      ),
      'i',
      alphabet,
    ),
    completion: compileAny(rules.completionMarkers, 'i', alphabet),
    asides: rules.asides?.length ? compileAny(rules.asides, 'g', alphabet) : null,
    amount: amountPatterns(rules, alphabet),
    scaleOf: new Map(Object.entries(rules.scales)),
    currencyOf: new Map(Object.entries(rules.currencies)),
    unitOf: new Map(Object.entries(unitsOf(rules))),
  };
}

/**
 * The compiled patterns for a language, built on first use.
 *
 * @param lang - language code ("de", "zh-cn"); unknown languages use English
 * @param alphabet - the letters and digits of the text the patterns will run over
 *   (`alphabetOf(text)`); the default is right for any text but slower to compile
 * @return the compiled rules
 */
export function compiledFor(lang: string, alphabet: Alphabet = UNICODE_ALPHABET): CompiledRules {
  const rules = rulesFor(lang);
  const key = `${rules.code}\u0000${alphabet.key}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = build(rules, alphabet);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
    cache.set(key, compiled);
  }
  return compiled;
}

export { escapeRegExp };
