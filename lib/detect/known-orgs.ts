/**
 * A small built-in list of major real organizations that rules cannot
 * recognise from their shape alone ("BNP Paribas", "Nasdaq Stockholm",
 * "European Commission" in a language without head-noun rules). Only
 * global exchanges, supranational bodies, big agencies and very large
 * companies belong here: the detector must not depend on the list.
 */

import { type Alphabet, isAlphanumeric } from './alphabet';
import type { Candidate } from './candidates';
import { CJK_CHAR, literalAlternation, perAlphabet } from './patterns';
import { type NameScan, tokenize } from './tokens';

/** Stock exchanges and market operators. */
const EXCHANGES = [
  'New York Stock Exchange',
  'NYSE',
  'Nasdaq',
  'NASDAQ',
  'London Stock Exchange',
  'Euronext',
  'Euronext Amsterdam',
  'Euronext Paris',
  'Euronext Brussels',
  'Euronext Dublin',
  'Euronext Lisbon',
  'Euronext Milan',
  'Euronext Oslo',
  'Nasdaq Stockholm',
  'Nasdaq Helsinki',
  'Nasdaq Copenhagen',
  'Nasdaq Iceland',
  'Deutsche Börse',
  'Deutschen Börse',
  'Börse Frankfurt',
  'Frankfurter Wertpapierbörse',
  'SIX Swiss Exchange',
  'Wiener Börse',
  'Borsa Italiana',
  'Bolsa de Madrid',
  'Oslo Børs',
  'Warsaw Stock Exchange',
  'Budapest Stock Exchange',
  'Budapesti Értéktőzsde',
  'Hong Kong Stock Exchange',
  'HKEX',
  'Shanghai Stock Exchange',
  'Shenzhen Stock Exchange',
  'Tokyo Stock Exchange',
  'Japan Exchange Group',
  'Toronto Stock Exchange',
  'TSX',
  'ASX',
  'Australian Securities Exchange',
  '上海证券交易所',
  '深圳证券交易所',
  '香港交易所',
  '東京証券取引所',
  '上交所',
  '深交所',
  '港交所',
];

/** Supranational bodies, central banks, regulators and agencies. */
const PUBLIC_BODIES = [
  'European Commission',
  'European Union',
  'European Central Bank',
  'European Investment Bank',
  'European Parliament',
  'European Council',
  'ECB',
  'EIB',
  'IMF',
  'International Monetary Fund',
  'World Bank',
  'OECD',
  'United Nations',
  'World Health Organization',
  'WTO',
  'World Trade Organization',
  'International Energy Agency',
  'IEA',
  'IRENA',
  'NATO',
  'Federal Reserve',
  'Securities and Exchange Commission',
  'BaFin',
  'Bundesbank',
  'Deutsche Bundesbank',
  'Bundesregierung',
  'Bundestag',
  'Bundesrat',
  'Bundesnetzagentur',
  'Bundeskartellamt',
  'Europäische Kommission',
  'Europäischen Kommission',
  'Europäische Union',
  'Europäischen Union',
  'Europäische Zentralbank',
  'Europäischen Zentralbank',
  'EZB',
  'Europäische Investitionsbank',
  'Europäischen Investitionsbank',
  'Commission européenne',
  'Banque centrale européenne',
  'BCE',
  "Banque européenne d'investissement",
  'Banque européenne d’investissement',
  'BEI',
  'Banco Europeo de Inversiones',
  "Agence internationale de l'énergie",
  'Comisión Europea',
  'Banco Central Europeo',
  'Bank of England',
  'Bank of Japan',
  "People's Bank of China",
  'Financial Conduct Authority',
  '国务院',
  '国家发展和改革委员会',
  '国家发改委',
  '中国证监会',
  '中国人民银行',
  '工业和信息化部',
  '欧盟',
  '欧洲委员会',
  '欧盟委员会',
  '経済産業省',
  '日本銀行',
  '金融庁',
];

/** Very large companies whose names carry no legal form in running text. */
const COMPANIES = [
  'Volkswagen',
  'BMW',
  'Mercedes-Benz',
  'Daimler',
  'Siemens',
  'BASF',
  'Bosch',
  'Bayer',
  'SAP',
  'Allianz',
  'Toyota',
  'Honda',
  'Nissan',
  'Hyundai',
  'Samsung',
  'Sony',
  'Panasonic',
  'Volvo',
  'Stellantis',
  'Renault',
  'General Motors',
  'TotalEnergies',
  'ExxonMobil',
  'Chevron',
  'Equinor',
  'Goldman Sachs',
  'JPMorgan',
  'J.P. Morgan',
  'Morgan Stanley',
  'Citigroup',
  'HSBC',
  'Barclays',
  'BNP Paribas',
  'Deutsche Bank',
  'Commerzbank',
  'UBS',
  'Santander',
  'Société Générale',
  'Crédit Agricole',
  'UniCredit',
  'Intesa Sanpaolo',
  'Huawei',
  'Alibaba',
  'Tencent',
  'BYD',
  'Sinopec',
  'PetroChina',
  'Airbus',
  'Boeing',
  'Nvidia',
  'Intel',
  'TSMC',
  'Infineon',
  'STMicroelectronics',
  'Iberdrola',
  'Enel',
  'Engie',
  'RWE',
  'E.ON',
  'Vattenfall',
  'Ørsted',
  'Nestlé',
  'Unilever',
  'ABB',
  'Schneider Electric',
  'Hitachi',
  'Toshiba',
  'Mitsubishi',
  'Microsoft',
  'Alphabet',
  'Google',
  'Tesla',
  'Amazon',
  'Maersk',
  'Siemens Energy',
  '华为',
  '比亚迪',
  '阿里巴巴',
  '腾讯',
  '中国石化',
  '中国石油',
  'トヨタ自動車',
  'ソニー',
];

/** Words that continue a known name into a division ("Volvo Trucks", "Siemens Energy"). */
const DIVISIONS = [
  'Group',
  'Trucks',
  'Truck',
  'Cars',
  'Energy',
  'Capital',
  'Holdings',
  'Mobility',
  'Financial Services',
  'Automotive',
];

const DIVISION = perAlphabet(`^ (?:${literalAlternation(DIVISIONS)})(?![\\p{L}\\p{N}])`);

const ALL = [...EXCHANGES, ...PUBLIC_BODIES, ...COMPANIES];
const isCjk = (name: string) => CJK_CHAR.test(name);
/** Han, Hiragana and Katakana all lie at or above U+2E80: below it, no CJK test is needed. */
const MAYBE_CJK = /[\u2e80-\uffff]/;

interface KnownIndex {
  /** Names by their first word, longest first: a lookup per token instead of one huge alternation. */
  byFirstWord: Map<string, string[]>;
  /** "Volvo Trucks", "Siemens Energy": a division after a known name. */
  division: RegExp;
}

/** Built on first use, per alphabet: a name only matters where the text contains it. */
const indexes = new WeakMap<Alphabet, KnownIndex>();
let cjkNames: RegExp | null = null;

function indexFor(alphabet: Alphabet): KnownIndex {
  let index = indexes.get(alphabet);
  if (index) return index;
  const byFirstWord = new Map<string, string[]>();
  for (const name of ALL.filter((n) => !isCjk(n))) {
    const first = tokenize(name, alphabet)[0]?.text ?? name;
    byFirstWord.set(
      first,
      [...(byFirstWord.get(first) ?? []), name].sort((a, b) => b.length - a.length),
    );
  }
  index = { byFirstWord, division: DIVISION(alphabet) };
  indexes.set(alphabet, index);
  return index;
}

/**
 * Finds mentions of well-known organizations.
 *
 * @param scan - scan state (text and tokens)
 * @return candidates with rule "org:known"
 */
export function knownCandidates(scan: NameScan): Candidate[] {
  const { text, tokens } = scan;
  const { byFirstWord, division } = indexFor(scan.compiled.alphabet);
  const out: Candidate[] = [];
  const add = (start: number, end: number) =>
    out.push({ start, end, rule: 'org:known', confidence: 0.9, priority: 4 });
  for (const t of tokens) {
    const names = byFirstWord.get(t.text);
    if (!names || isAlphanumeric(text[t.start - 1] ?? '')) continue;
    const name = names.find(
      (n) => text.startsWith(n, t.start) && !isAlphanumeric(text[t.start + n.length] ?? ''),
    );
    if (!name) continue;
    const end = t.start + name.length;
    add(t.start, end + (division.exec(text.slice(end, end + 30))?.[0].length ?? 0));
  }
  if (MAYBE_CJK.test(text) && CJK_CHAR.test(text)) {
    // Names in scripts written without spaces are found by substring.
    cjkNames ??= new RegExp(literalAlternation(ALL.filter(isCjk)), 'gu');
    cjkNames.lastIndex = 0;
    for (let m = cjkNames.exec(text); m; m = cjkNames.exec(text))
      add(m.index, m.index + m[0].length);
  }
  return out;
}
