/** Tokenizer cases: a text and the index keys it yields. */
export interface TokenizeCase {
  name: string;
  text: string;
  keys: string[];
}

export const tokenizeCases: TokenizeCase[] = [
  {
    name: 'lower-cases words and drops punctuation',
    text: 'CATL builds, again!',
    keys: ['catl', 'builds', 'again'],
  },
  { name: 'de-duplicates', text: 'plant Plant PLANT', keys: ['plant'] },
  {
    name: 'drops accents outside CJK',
    text: 'Lösungen für Zürich',
    keys: ['losungen', 'fur', 'zurich'],
  },
  { name: 'folds full-width letters (NFKC)', text: 'ＣＡＴＬ ２０３０', keys: ['catl', '2030'] },
  { name: 'keeps digits with letters', text: 'Q3 2026 40GWh', keys: ['q3', '2026', '40gwh'] },
  {
    name: 'Chinese as character pairs plus the last character',
    text: '零碳产业园',
    keys: ['零碳', '碳产', '产业', '业园', '园'],
  },
  { name: 'a single CJK character is its own key', text: '在', keys: ['在'] },
  {
    name: 'splits Latin and CJK inside one run',
    text: 'CATL宁德时代2030年',
    keys: ['catl', '宁德', '德时', '时代', '代', '2030', '年'],
  },
  { name: 'kana keep voicing marks', text: 'ガス', keys: ['ガス', 'ス'] },
  { name: 'cuts monster words to 40 characters', text: 'a'.repeat(60), keys: ['a'.repeat(40)] },
  { name: 'nothing in punctuation', text: ' — , . ; ', keys: [] },
];

/** Query cases: query, texts that match and texts that do not. */
export interface MatchCase {
  name: string;
  query: string;
  matches: string[];
  misses: string[];
}

export const matchCases: MatchCase[] = [
  {
    name: 'every word must occur',
    query: 'catl henan',
    matches: ['CATL signs with Henan'],
    misses: ['CATL signs', 'Henan only'],
  },
  {
    name: 'the last word is a prefix',
    query: 'provinz',
    matches: ['Provinzregierung von Henan'],
    misses: ['die Region'],
  },
  {
    name: 'earlier words are whole',
    query: 'prov henan',
    matches: ['prov of henan'],
    misses: ['Provinzregierung von Henan'],
  },
  {
    name: 'accents do not matter',
    query: 'losungen',
    matches: ['erstklassige Lösungen'],
    misses: ['Losung'],
  },
  {
    name: 'CJK as a substring',
    query: '洛阳',
    matches: ['宁德时代与洛阳市人民政府'],
    misses: ['洛 阳', '河南'],
  },
  { name: 'one CJK character', query: '园', matches: ['零碳产业园'], misses: ['零碳产业'] },
  {
    name: 'CJK run must be contiguous',
    query: '产业园',
    matches: ['零碳产业园区'],
    misses: ['产业 园', '园产业'],
  },
  {
    name: 'mixed query',
    query: '宁德时代 2030',
    matches: ['宁德时代力争到2030年'],
    misses: ['宁德时代力争'],
  },
  { name: 'empty query matches nothing', query: ' ,. ', matches: [], misses: ['anything'] },
];
