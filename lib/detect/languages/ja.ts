/**
 * Japanese. Names end in a suffix (銀行, 大学, ホールディングス) or carry
 * 株式会社 before or after them; hiragana particles (は, が, と, の ...)
 * bound a name on the left. Plans are stated with 予定, 計画, 目指す, 方針.
 */
import type { LanguageRules } from '../types';

export const ja: LanguageRules = {
  code: 'ja',
  script: 'cjk',
  stopwords: [
    'の',
    'に',
    'は',
    'を',
    'た',
    'が',
    'で',
    'て',
    'と',
    'し',
    'れ',
    'さ',
    'ある',
    'いる',
    'する',
    'ます',
    'です',
  ],
  capitalisedNouns: false,
  verbSecond: false,

  abbreviations: [],
  ordinalDot: false,

  decimalSeparator: '.',
  groupSeparators: [','],
  scales: { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12, 百万: 1e6 },
  currencies: {
    円: 'JPY',
    億円: 'JPY',
    ドル: 'USD',
    米ドル: 'USD',
    ユーロ: 'EUR',
    元: 'CNY',
    JPY: 'JPY',
    USD: 'USD',
    EUR: 'EUR',
  },
  units: {
    パーセント: '%',
    トン: 't',
    人: 'people',
    台: 'units',
    ヘクタール: 'ha',
  },

  legalForms: [],
  legalPrefixes: [
    '株式会社',
    '有限会社',
    '合同会社',
    '一般社団法人',
    '公益財団法人',
    '独立行政法人',
    '国立大学法人',
    '国立研究開発法人',
    // Non-profit corporations: hospitals, schools, foundations.
    '社会医療法人',
    '医療法人',
    '学校法人',
    '一般財団法人',
    '公益社団法人',
  ],
  // Forms dropped to give a short name: "国立大学法人信濃工業大学" is "信濃工業大学".
  cjkCompanyForms: [
    '株式会社',
    '有限会社',
    '合同会社',
    '一般社団法人',
    '公益財団法人',
    '独立行政法人',
    '国立大学法人',
    '国立研究開発法人',
    '社会医療法人',
    '医療法人',
    '学校法人',
    '一般財団法人',
    '公益社団法人',
  ],
  suffixHeads: [],
  compoundHeads: [],
  prefixHeads: [],
  bareNameHeads: [],
  governmentHeads: ['省', '庁', '県', '市', '府', '都', '政府', '役所'],
  complements: [],
  genitives: [],
  connectors: [],
  nameAdjectives: [],
  // "A の子会社 B": a descriptor between two names makes the second the one meant.
  descriptors: ['子会社', '連結子会社', '完全子会社'],
  roleWords: [],
  nonOrgHeads: [],
  tickerLabels: ['証券コード', 'コード'],
  cjkSuffixes: [
    '株式会社',
    '有限会社',
    '合同会社',
    'ホールディングス',
    'グループ',
    '銀行',
    '証券取引所',
    '取引所',
    '大学',
    '研究所',
    '研究機構',
    '機構',
    '協会',
    '財団',
    '省',
    '庁',
    '県庁',
    '市役所',
    '政府',
    '委員会',
    '商工会議所',
    '公社',
    '工業',
    '製作所',
    '電力',
    '自動車',
    '商事',
    '物産',
    '重工',
    // Hospitals and cooperatives are organizations (guidelines: universities, hospitals).
    '病院',
    '協同組合',
  ],
  cjkBoundaryChars:
    '、。「」『』（）()・：:！？ \t\nのはがをにへでともやからまでよりなどおよび及並',
  cjkBoundaryWords: ['および', 'ならびに', '代表取締役', '社長', '会長'],
  cjkSuffixNeedsBoundary: true,
  aliasDefinitions: [
    // The definition may close a bracket of company facts: "（本社：東京都港区、…、以下「X」）".
    String.raw`^\s*[（(][^（）()]{0,60}?(?:以下|以下、)\s*[「『“"]([^」』”"]{1,20})[」』”"]\s*(?:という|と称する)?\s*[）)]`,
  ],

  prepositions: [],
  placeHeads: [],
  locatives: [],

  subjectMarkers: '[はがも]',
  referents: [
    // 当社 is the issuer speaking of itself; 同社 ("the said company") the company named last.
    { pattern: '当社|弊社|当グループ', kind: 'issuer' },
    // Both parties of a joint undertaking: the publisher commits (as zh 双方 does).
    { pattern: '両社|両者', kind: 'issuer' },
    { pattern: '同社', kind: 'company' },
    // A prefecture or city as the topic ("富山県は、…予定です") stands for its government.
    {
      pattern:
        '(?<![\\p{Script=Han}\\p{Script=Katakana}])[\\p{Script=Han}]{1,4}[都道府県市町村](?=[はが])',
      kind: 'place',
    },
    { pattern: '私たち|我々', kind: 'speaker' },
    { pattern: '(?:県|市|政府)(?=は|が)', kind: 'government' },
  ],
  speechVerbs: ['述べ', '語', 'コメント'],

  cues: [
    { pattern: '予定(?:です|である|しています|だ|。|で)', firmness: 'intent', rule: 'scheduled' },
    {
      pattern: '計画(?:です|である|であり|している|しています|を進め)',
      firmness: 'intent',
      rule: 'intent',
    },
    { pattern: '目指(?:す|します|して|しています)', firmness: 'intent', rule: 'intent' },
    { pattern: '方針(?:です|である|を決定)', firmness: 'intent', rule: 'intent' },
    { pattern: '見込み(?:です|である)', firmness: 'intent', rule: 'scheduled' },
    {
      pattern: '約束(?:します|しました)|コミット(?:します|しています)',
      firmness: 'firm',
      rule: 'committed',
    },
    // A board resolution announced in the release (取締役会において…決議しました) binds.
    { pattern: '(?:決定|決議)(?:しました|いたしました)', firmness: 'firm', rule: 'decided' },
    // A Sino-Japanese verbal noun with polite non-past します states a planned act
    // (建設・運営します); verbs of courtesy and of reporting state none.
    {
      pattern:
        '(?<!感謝|報告|紹介|発表|案内|期待|協力|お願)(?<=[\\p{Script=Han}])(?:します|いたします)(?![たか])',
      firmness: 'firm',
      rule: 'modal',
    },
  ],
  conditionals: ['場合', '条件', '前提'],
  hopes: ['期待(?:して|する|します)', '望(?:む|みます)', '願(?:う|います)'],
  disclaimers: ['将来の見通し', '将来予想', '見通しに関する記述'],
  nonCommitments: [],
  forecastSubjects: ['^(?:市場|需要|価格)'],
  listIntros: ['目標', '計画', '方針'],
  listAnnouncers: ['(?:以下|次)の(?:とおり|通り)(?:です|となります|である)?。$'],
  clauseJoins: ['。'],
  aboutHeading: '^(?:.{1,30}について|会社概要)$',

  months: {},
  ordinals: { 一: 1, 二: 2, 三: 3, 四: 4, 上: 1, 下: 2, '1': 1, '2': 2, '3': 3, '4': 4 },
  deadlineTemplates: [
    { kind: 'day', pattern: '{year}年{mnum}月{day}日' },
    { kind: 'month', pattern: '{year}年{mnum}月' },
    { kind: 'quarter', pattern: '{year}年(?:度)?(?:第)?{ord}四半期' },
    { kind: 'half', pattern: '{year}年(?:度)?{ord}期' },
    { kind: 'yearEnd', pattern: '{year}年(?:度)?末' },
    { kind: 'range', pattern: '{year}年(?:度)?(?:から|～|〜|-){year2}年' },
    { kind: 'year', pattern: '{year}年' },
  ],
  baselineMarkers: ['@(?:度)?比', '@(?:度)?と比べ', '@(?:度)?以来'],
  completionMarkers: ['^[^、。]{0,6}(?:完成|稼働|竣工|開業)'],
};
