/**
 * Types shared by the detection engine and the per-language data modules.
 *
 * Everything language-specific is plain data of type {@link LanguageRules};
 * the engine files (sentences, organizations, commitments, ...) only read it.
 * Pattern strings are regular-expression sources: the engine compiles them
 * once per language with the `u` flag and a Unicode-aware `\b`.
 */
import type { Firmness } from '../model';

/** A half-open range of JavaScript string offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One way a language says that an organization binds itself to a future action. */
export interface CommitmentCue {
  /** Regular-expression source, matched case-insensitively unless `caseSensitive`. */
  pattern: string;
  firmness: Firmness;
  /** Becomes the rule name: `commitment:${rule}`. */
  rule: string;
  /** Only counts right after an organization or issuer reference ("Helix targets ..."). */
  needsSubject?: boolean;
  /** Only counts when the clause ends in an infinitive (German "wird ... bauen"). */
  needsInfinitive?: boolean;
  /** Only counts when the sentence states an amount of money (present-tense "investiert"). */
  needsMoney?: boolean;
  /** Only counts when this pattern occurs earlier in the sentence (an agreement noun). */
  context?: string;
  /** The commitment is the clause from the cue on, not the whole sentence. */
  fromCue?: boolean;
  /** Only used when no other cue matched the sentence. */
  fallback?: boolean;
  /** Only counts in a line without final punctuation: a list item or headline. */
  headline?: boolean;
  /** The cue is the verb itself ("investira"): the action starts at the cue. */
  actionFromCue?: boolean;
  /** Only counts in a sentence without a past-tense verb (the language's `pastTense`). */
  notPast?: boolean;
  /**
   * The cue is a date, not a verb: its place says nothing about the subject's, which
   * may follow it ("2027-től a Zempléni Cukorgyártó Kft. vásárolja meg").
   */
  dateCue?: boolean;
  caseSensitive?: boolean;
}

/**
 * Who a pronoun or generic noun phrase stands for. `issuer`: the release's
 * issuer ("the group", 当社); `company`: a definite description ("the
 * company", "a vállalat") that names the defined "Company", else the company
 * mentioned last; `place`: a place name standing for its government
 * ("富山県は"), the phrase itself being the actor.
 */
export type ReferentKind = 'issuer' | 'company' | 'speaker' | 'government' | 'head' | 'place';

/** A pronoun or generic noun ("we", "das Unternehmen", "the province") that can be an actor. */
export interface ReferentPattern {
  /** Regular-expression source; for kind `head`, group 1 is the head noun to look up. */
  pattern: string;
  kind: ReferentKind;
}

/** Which part of a date a deadline template states. */
export type DeadlineKind =
  | 'day'
  | 'month'
  | 'quarter'
  | 'half'
  | 'yearEnd'
  | 'yearMid'
  | 'range'
  | 'before'
  | 'year'
  | 'plan'
  | 'decade';

/**
 * A date expression with placeholders the engine fills in:
 * `{year}`, `{year2}`, `{yy}` (two-digit year: "FY27", the end of "2026/27"),
 * `{ord}` (ordinal word), `{q}` / `{h}` (digit), `{month}` (month name),
 * `{mnum}` (month number), `{day}`. Kind `range` stands for the period's end
 * ("2026/27" -> 2027), kind `before` for the last day before the year
 * ("antes de 2027" -> 2026-12-31). `{plan}` is the number of a Chinese five-year
 * plan (十五 in "十五五"), kind `plan` the plan period's last year. Kind `decade`
 * ("by the end of the decade") is the end of the decade of the release's first year.
 */
export interface DeadlineTemplate {
  kind: DeadlineKind;
  pattern: string;
}

/** Everything the engine needs to know about one language, as data. */
export interface LanguageRules {
  /** ISO 639-1 code. */
  code: string;
  /** `cjk`: no spaces between words, organization names are found by suffix. */
  script: 'latin' | 'cjk';
  /** Frequent function words, lower-case: language identification and name boundaries. */
  stopwords: readonly string[];
  /** Common nouns are capitalised (German): capitals alone are weak evidence of a name. */
  capitalisedNouns: boolean;
  /** Verb-second order: the subject may follow the finite verb ("plant die X AG"). */
  verbSecond: boolean;
  /** Articles that mark a noun as an object, never the subject ("wird dem Grossen Rat ..."). */
  objectArticles?: readonly string[];

  /** Tokens that end in a full stop without ending the sentence ("Dr.", "z."). */
  abbreviations: readonly string[];
  /** "22. Juni": a number followed by a full stop is an ordinal, not a sentence end. */
  ordinalDot: boolean;

  decimalSeparator: ',' | '.';
  /** Characters that group thousands ("." in "4.850.000"). */
  groupSeparators: readonly string[];
  /** Number words and their multipliers ("Milliarden" -> 1e9, "亿" -> 1e8). */
  scales: Readonly<Record<string, number>>;
  /** Currency words and symbols -> ISO 4217. */
  currencies: Readonly<Record<string, string>>;
  /** Unit words -> unit ("Prozent" -> "%", "Tonnen" -> "t"); symbols all languages share ("GWh") come from UNIT_SYMBOLS. */
  units: Readonly<Record<string, string>>;

  /** Legal-form suffixes, written as in names ("GmbH & Co. KG"). */
  legalForms: readonly string[];
  /** Legal forms written before the name (株式会社). */
  legalPrefixes?: readonly string[];
  /** Words that end an organization name ("Bank", "Authority"). */
  suffixHeads: readonly string[];
  /** Word endings that make a compound a head ("ministerium" in "Bundesministerium"). */
  compoundHeads: readonly string[];
  /** Words that start a name followed by a complement ("Government of", "Stadt"). */
  prefixHeads: readonly string[];
  /** Prefix heads that take a bare name without a complement ("Stadt Sangerhausen"). */
  bareNameHeads: readonly string[];
  /**
   * Prefix heads the language writes in lower case by convention ("ministère de
   * l'Économie", "gouvernement du Québec"). Lower case alone is no evidence of a
   * name, so they start one only with a complement and a capitalised word after it.
   */
  lowerCaseHeads?: readonly string[];
  /** Heads (or compound endings) that mark a government body. */
  governmentHeads: readonly string[];
  /** Words linking a head to its complement ("of", "für", "von"). */
  complements: readonly string[];
  /** Genitive articles that may continue a government name ("des Landes X"). */
  genitives: readonly string[];
  /** Words joining name parts ("and", "und", "&", "en"). */
  connectors: readonly string[];
  /** Lower-case adjectives that can sit inside a name ("européenne"). */
  nameAdjectives: readonly string[];
  /** Nouns that introduce a name in apposition ("association", "Reederei"). */
  descriptors: readonly string[];
  /**
   * Case endings written onto a name without belonging to it (hu "Egyetemmel",
   * "BÉT-en"): a head or short name followed by one is still that name.
   */
  caseEndings?: readonly string[];
  /** Job titles and company organs: never part of a name ("Chief", "Vorstand"). */
  roleWords: readonly string[];
  /** Last words of capitalised phrases that are not organizations ("Act", "Agreement"). */
  nonOrgHeads: readonly string[];
  /** Labels in "(LABEL: CODE)" that are not exchanges ("ISIN", "ticker"). */
  tickerLabels: readonly string[];
  /** CJK: suffixes that end an organization name (有限公司, 人民政府). */
  cjkSuffixes?: readonly string[];
  /** CJK: characters that never belong to the part of a name left of its suffix. */
  cjkBoundaryChars?: string;
  /** CJK: stretches a name may contain although they hold boundary characters (共和国). */
  cjkNameParts?: readonly string[];
  /** CJK: words that end the left part of a name (verbs, prepositions). */
  cjkBoundaryWords?: readonly string[];
  /**
   * CJK: a name ends where kana or punctuation begins (Japanese), so a suffix
   * followed by more Han or Katakana is inside a longer noun (工業 in 工業団地).
   */
  cjkSuffixNeedsBoundary?: boolean;
  /**
   * CJK: determiners that make a suffix generic ("本集团", "该公司"): such a
   * word is no name, and a short name starting with one is a generic reference.
   */
  cjkDeterminers?: string;
  /** CJK: characters that name a level of government on their own (省 in 省能源局). */
  cjkLevelChars?: string;
  /**
   * CJK: one-character suffixes (厅, 局) that end a name only when it starts with a
   * level of government (`cjkLevelChars`) and has a field between: "省林业局".
   */
  cjkLevelSuffixes?: string;
  /** CJK: a list comma that joins nouns (zh 、) and so ends no subject. */
  cjkEnumerator?: string;
  /** CJK: company forms dropped from a full name to give its short name (有限公司, 株式会社). */
  cjkCompanyForms?: readonly string[];
  /** Patterns defining a short name after an organization; group 1 is the alias. */
  aliasDefinitions: readonly string[];
  /**
   * Patterns of a disclosure header that state the issuer's short name (zh
   * "证券简称：康泓医疗"); group 1 is the name, which belongs to the first company
   * with a legal form named after it.
   */
  issuerShortNames?: readonly string[];

  /** Prepositions, lower-case: a noun after one is no subject. */
  prepositions: readonly string[];
  /** Heads that name a territory ("Provinz", "City"): after a locative they are places. */
  placeHeads: readonly string[];
  /** Prepositions of place: "in der Provinz Henan" is a place, not its government. */
  locatives: readonly string[];

  /** Pronouns and generic nouns that can stand for an organization. */
  referents: readonly ReferentPattern[];
  /** Particles that mark a subject (ja は, が): a referent without one is no subject. */
  subjectMarkers?: string;
  /** Speech verbs that attribute a quote ("said", "sagte", "表示"). */
  speechVerbs: readonly string[];

  cues: readonly CommitmentCue[];
  /**
   * A past-tense verb form. Languages without a future tense (hu) state plans in
   * the present with a forward date; the same date with a past verb is history.
   */
  pastTense?: string;
  /** Markers that make a commitment conditional ("subject to", "vorbehaltlich"). */
  conditionals: readonly string[];
  /** Third-party hopes and wishes: a cue after one of these is not a commitment. */
  hopes: readonly string[];
  /** Forward-looking-statement disclaimers: the whole paragraph is skipped. */
  disclaimers: readonly string[];
  /** Logistics and other statements that look like commitments but are not. */
  nonCommitments: readonly string[];
  /** Subjects of forecasts rather than commitments ("demand", "der Markt"). */
  forecastSubjects: readonly string[];
  /** Words in a sentence ending in ":" that announce a list of targets. */
  listIntros: readonly string[];
  /** Sentence endings that announce a list without a colon (ja "以下のとおりです。"). */
  listAnnouncers?: readonly string[];
  /** Where a sentence splits into independent clauses (", and "). */
  clauseJoins: readonly string[];
  /** A line that starts the "About the company" section. */
  aboutHeading: string;
  /** German-style infinitive check for `needsInfinitive` cues. */
  infinitive?: string;
  /** Past participles that look like infinitives ("angeboten"). */
  participle?: string;

  /** Month names (lower-case) -> 1..12. */
  months: Readonly<Record<string, number>>;
  /** Ordinal words (lower-case) -> number, for quarters and halves. */
  ordinals: Readonly<Record<string, number>>;
  deadlineTemplates: readonly DeadlineTemplate[];
  /**
   * Patterns around a year that make it a baseline or the past, not a deadline;
   * `@` stands for the year ("compared with @", "@ baseline", "seit @").
   */
  baselineMarkers: readonly string[];
  /** Markers right after a date that state completion (zh 建成): preferred as the deadline. */
  completionMarkers: readonly string[];
  /**
   * Non-restrictive relative clauses (", which ... approved in 2024"): background,
   * so a date inside one is the deadline only when the commitment names no other.
   */
  asides?: readonly string[];
}
