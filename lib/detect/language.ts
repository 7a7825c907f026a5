/**
 * Language identification: the page's declared tag when it is plausible,
 * otherwise the script of the text and, for Latin script, stopword counts.
 * Site templates often declare one language for every locale, so a tag that
 * contradicts the script ("en" on a Chinese page) is overruled by the text.
 */
import { LANGUAGES } from './languages/index';

/**
 * A few extra Latin-script languages without a module, so that Dutch is not
 * mistaken for German; languages with a module bring their own stopwords.
 */
const EXTRA_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'in',
    'is',
    'op',
    'te',
    'dat',
    'die',
    'voor',
    'met',
    'niet',
    'zijn',
    'wordt',
    'ook',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'que',
    'e',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'do',
    'da',
    'em',
    'no',
    'na',
  ],
  sv: [
    'och',
    'att',
    'det',
    'som',
    'en',
    'på',
    'är',
    'för',
    'med',
    'av',
    'den',
    'till',
    'har',
    'inte',
  ],
  pl: ['i', 'w', 'na', 'z', 'że', 'do', 'się', 'nie', 'jest', 'to', 'oraz', 'przez'],
};

/** Tags that name no language. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'xx', 'x']);
/** Retired ISO 639 codes still found in the wild. */
const LEGACY: Readonly<Record<string, string>> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  cmn: 'zh',
  yue: 'zh',
};
/** Languages written with CJK characters. */
const CJK_LANGS = new Set(['zh', 'ja', 'ko']);
const SAMPLE = 4000;

/**
 * The primary language of an article.
 *
 * @param text - the article text
 * @param declared - `<html lang>` or og:locale ("de_DE", "zh-CN"), if any
 * @return a lower-case ISO 639 code ("de", "en", "zh" ...)
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, SAMPLE);
  const scripts = countScripts(sample);
  const tag = normaliseTag(declared);
  if (tag && plausible(tag, scripts)) return tag;
  return fromText(sample, scripts);
}

/**
 * The primary subtag of a language tag, or null when it names no language.
 *
 * @param declared - a BCP 47 tag or a locale ("zh_CN")
 * @return the lower-case primary subtag
 */
export function normaliseTag(declared?: string | null): string | null {
  const primary = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || NO_LANGUAGE.has(primary)) return null;
  return LEGACY[primary] ?? primary;
}

interface ScriptCounts {
  latin: number;
  han: number;
  kana: number;
  hangul: number;
  cyrillic: number;
  greek: number;
  arabic: number;
  hebrew: number;
  thai: number;
  total: number;
}

function countScripts(sample: string): ScriptCounts {
  const c: ScriptCounts = {
    latin: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    cyrillic: 0,
    greek: 0,
    arabic: 0,
    hebrew: 0,
    thai: 0,
    total: 0,
  };
  for (const ch of sample) {
    if (/\p{Script=Latin}/u.test(ch)) c.latin++;
    else if (/\p{Script=Han}/u.test(ch)) c.han++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) c.kana++;
    else if (/\p{Script=Hangul}/u.test(ch)) c.hangul++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) c.cyrillic++;
    else if (/\p{Script=Greek}/u.test(ch)) c.greek++;
    else if (/\p{Script=Arabic}/u.test(ch)) c.arabic++;
    else if (/\p{Script=Hebrew}/u.test(ch)) c.hebrew++;
    else if (/\p{Script=Thai}/u.test(ch)) c.thai++;
    else continue;
    c.total++;
  }
  return c;
}

function plausible(tag: string, c: ScriptCounts): boolean {
  if (c.total < 40) return true; // too little text to contradict the page
  const cjk = (c.han + c.kana + c.hangul) / c.total;
  if (CJK_LANGS.has(tag)) return cjk > 0.2;
  return cjk < 0.3;
}

function fromText(sample: string, c: ScriptCounts): string {
  const best = Math.max(
    c.latin,
    c.han + c.kana,
    c.hangul,
    c.cyrillic,
    c.greek,
    c.arabic,
    c.hebrew,
    c.thai,
  );
  if (best === 0) return 'en';
  if (best === c.han + c.kana && best > c.latin) return c.kana > c.han * 0.1 ? 'ja' : 'zh';
  if (best === c.hangul) return 'ko';
  if (best === c.cyrillic) return 'ru';
  if (best === c.greek) return 'el';
  if (best === c.arabic) return 'ar';
  if (best === c.hebrew) return 'he';
  if (best === c.thai) return 'th';
  return latinLanguage(sample);
}

function latinLanguage(sample: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const lists: [string, readonly string[]][] = [
    ...Object.values(LANGUAGES)
      .filter((r) => r.script === 'latin')
      .map((r): [string, readonly string[]] => [r.code, r.stopwords]),
    ...Object.entries(EXTRA_STOPWORDS),
  ];
  let bestCode = 'en';
  let bestScore = 0;
  for (const [code, list] of lists) {
    const set = new Set(list);
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    // Long lists match more by chance: normalise by the square root of their length.
    const normalised = score / Math.sqrt(set.size);
    if (normalised > bestScore) {
      bestScore = normalised;
      bestCode = code;
    }
  }
  return bestCode;
}
