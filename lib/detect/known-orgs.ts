/**
 * A small built-in list of major real organizations that rules cannot
 * recognise from their shape alone ("BNP Paribas", "Nasdaq Stockholm",
 * "European Commission" in a language without head-noun rules). Only
 * global exchanges, supranational bodies, big agencies and very large
 * companies belong here: the detector must not depend on the list.
 */
import type { Candidate } from './candidates';
import { CJK_CHAR, literalAlternation } from './patterns';
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

const ALL = [...EXCHANGES, ...PUBLIC_BODIES, ...COMPANIES];
const isCjk = (name: string) =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);

/** Names by their first word, longest first: a lookup per token instead of one huge alternation. */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const name of ALL.filter((n) => !isCjk(n))) {
  const first = tokenize(name)[0]?.text ?? name;
  BY_FIRST_WORD.set(
    first,
    [...(BY_FIRST_WORD.get(first) ?? []), name].sort((a, b) => b.length - a.length),
  );
}
const DIVISION = new RegExp(`^ (?:${literalAlternation(DIVISIONS)})(?![\\p{L}\\p{N}])`, 'u');
/** Names in scripts written without spaces are found by substring. */
const KNOWN_CJK = new RegExp(literalAlternation(ALL.filter(isCjk)), 'gu');

/**
 * Finds mentions of well-known organizations.
 *
 * @param scan - scan state (text and tokens)
 * @return candidates with rule "org:known"
 */
export function knownCandidates(scan: NameScan): Candidate[] {
  const { text, tokens } = scan;
  const out: Candidate[] = [];
  const add = (start: number, end: number) =>
    out.push({ start, end, rule: 'org:known', confidence: 0.9, priority: 4 });
  for (const t of tokens) {
    const names = BY_FIRST_WORD.get(t.text);
    if (!names || /[\p{L}\p{N}]/u.test(text[t.start - 1] ?? '')) continue;
    const name = names.find(
      (n) => text.startsWith(n, t.start) && !/[\p{L}\p{N}]/u.test(text[t.start + n.length] ?? ''),
    );
    if (!name) continue;
    const end = t.start + name.length;
    add(t.start, end + (DIVISION.exec(text.slice(end, end + 30))?.[0].length ?? 0));
  }
  if (CJK_CHAR.test(text)) {
    KNOWN_CJK.lastIndex = 0;
    for (let m = KNOWN_CJK.exec(text); m; m = KNOWN_CJK.exec(text))
      add(m.index, m.index + m[0].length);
  }
  return out;
}
