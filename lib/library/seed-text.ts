/**
 * Synthetic press-release text for the library benchmark: a seeded random
 * source and sentences, organization names and amounts in English, German
 * and Chinese shapes. Deterministic, so every run measures the same library.
 * Pure; used only by the e2e build's seeding request.
 */

/** A seeded random source (Park–Miller): same seed, same library. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One item of a list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates a seeded random source.
 *
 * @param seed - Any positive integer.
 * @return The source.
 */
export function seededRandom(seed: number): Random {
  let s = seed % 2147483647 || 1;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

const SYLLABLES =
  'ka lo mer dan sti ve ron tal pri gen bu cor fa ni wes tro ple sam dor lin qua ber mo zen'.split(
    ' ',
  );
const HAN =
  '新能源电池储能项目产业园区合作协议投资建设生产基地技术研发制造市场全球发展绿色低碳零排放公司集团政府省市县区工程规划计划年度亿元万吨'.split(
    '',
  );
const COMMON = {
  en: 'the of and to in a for will is by with its on that at from as company plant new'.split(' '),
  de: 'der die das und zu in ein für wird ist mit auf dass bei von als Unternehmen Werk neue'.split(
    ' ',
  ),
};
const SUFFIX = {
  en: ['Inc.', 'Ltd.', 'Group', 'Energy', 'Holdings'],
  de: ['GmbH', 'AG', 'SE', 'Werke'],
};

/** The languages of the synthetic releases, roughly as often as in a European analyst's library. */
export type SeedLang = 'en' | 'de' | 'zh';

const word = (r: Random) => Array.from({ length: 1 + r.int(3) }, () => r.pick(SYLLABLES)).join('');
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * A sentence of about `n` words (characters for Chinese).
 *
 * @param r - Random source.
 * @param lang - Language shape.
 * @param n - Length.
 * @return The sentence with its final stop.
 */
export function sentence(r: Random, lang: SeedLang, n: number): string {
  if (lang === 'zh') return `${Array.from({ length: n * 2 }, () => r.pick(HAN)).join('')}。`;
  const words = Array.from({ length: n }, () => (r.next() < 0.4 ? r.pick(COMMON[lang]) : word(r)));
  return `${capital(words.join(' '))}.`;
}

/** An organization: its canonical entity and the spellings releases use for it. */
export interface SeedOrganization {
  entity: string;
  mentions: string[];
}

/**
 * A pool of organizations, some with short names and case variants, so the
 * library has aliases to merge.
 *
 * @param r - Random source.
 * @param size - How many per language.
 * @return Organizations per language.
 */
export function organizationPool(r: Random, size: number): Record<SeedLang, SeedOrganization[]> {
  const latin = (lang: 'en' | 'de') =>
    Array.from({ length: size }, () => {
      const name = capital(word(r));
      const entity = `${name} ${capital(word(r))} ${r.pick(SUFFIX[lang])}`;
      return { entity, mentions: [entity, name, r.next() < 0.2 ? entity.toUpperCase() : entity] };
    });
  const zh = Array.from({ length: size }, () => {
    const name = Array.from({ length: 4 }, () => r.pick(HAN)).join('');
    return { entity: `${name}有限公司`, mentions: [`${name}有限公司`, name] };
  });
  return { en: latin('en'), de: latin('de'), zh };
}

const UNITS = ['EUR', 'USD', 'CNY', 'GWh', 'MW', 'jobs'];

/**
 * An amount as a commitment states it.
 *
 * @param r - Random source.
 * @return Value, unit and the words.
 */
export function amount(r: Random): { value: number; unit: string; text: string } {
  const unit = r.pick(UNITS);
  const value =
    (1 + r.int(999)) * 10 ** (unit === 'GWh' || unit === 'MW' || unit === 'jobs' ? 0 : 6);
  return { value, unit, text: `${value.toLocaleString('en')} ${unit}` };
}

/**
 * A deadline in one of the normalised forms, between 2019 and 2035.
 *
 * @param r - Random source.
 * @return "2030", "2026-Q3", "2028-H2", "2024-06" or "2026-12-31".
 */
export function deadline(r: Random): string {
  const year = 2019 + r.int(17);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (r.int(5)) {
    case 0:
      return String(year);
    case 1:
      return `${year}-Q${1 + r.int(4)}`;
    case 2:
      return `${year}-H${1 + r.int(2)}`;
    case 3:
      return `${year}-${pad(1 + r.int(12))}`;
    default:
      return `${year}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
  }
}
