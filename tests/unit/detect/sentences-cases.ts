/** Sentence-splitting cases: text, language and the expected sentences. */
export interface SentenceCase {
  name: string;
  lang: string;
  text: string;
  sentences: string[];
}

export const sentenceCases: SentenceCase[] = [
  {
    name: 'English decimals and legal forms',
    lang: 'en',
    text: 'Quantara S.A. will invest EUR 7.3 billion. Helix Materials Inc. (NYSE: HLXM) agreed.',
    sentences: [
      'Quantara S.A. will invest EUR 7.3 billion.',
      'Helix Materials Inc. (NYSE: HLXM) agreed.',
    ],
  },
  {
    name: 'Co., Ltd. and a.m. stay inside',
    lang: 'en',
    text: 'Acme Co., Ltd. will host a call at 10:00 a.m. Eastern Time today. It ends soon.',
    sentences: [
      'Acme Co., Ltd. will host a call at 10:00 a.m. Eastern Time today.',
      'It ends soon.',
    ],
  },
  {
    name: 'German ordinals, decimals and abbreviations',
    lang: 'de',
    text: 'Am 22. Juni investiert die X AG 7,3 Mrd. Euro, z. B. in Dresden. Dr. Müller sagte das.',
    sentences: [
      'Am 22. Juni investiert die X AG 7,3 Mrd. Euro, z. B. in Dresden.',
      'Dr. Müller sagte das.',
    ],
  },
  {
    name: 'closing quotes stay with their sentence',
    lang: 'de',
    text: '„Das Land wird helfen.“ Die Stadt Nr. 5 folgt.',
    sentences: ['„Das Land wird helfen.“', 'Die Stadt Nr. 5 folgt.'],
  },
  {
    name: 'CJK punctuation',
    lang: 'zh',
    text: '项目一期计划于2024年6月建成投产。二期工程力争到2026年底全面达产；达产后预计年产值超过300亿元！',
    sentences: [
      '项目一期计划于2024年6月建成投产。',
      '二期工程力争到2026年底全面达产；',
      '达产后预计年产值超过300亿元！',
    ],
  },
  {
    name: 'line breaks are hard boundaries',
    lang: 'en',
    text: 'Targets:\n\nconstruction to begin in Q3 2026;\nstart of production by 2028\n\nAbout Acme',
    sentences: [
      'Targets:',
      'construction to begin in Q3 2026;',
      'start of production by 2028',
      'About Acme',
    ],
  },
  {
    name: 'French quotes and spaced thousands',
    lang: 'fr',
    text: '« Nous créerons 1 500 emplois », a déclaré M. Dupont. La production débutera en 2027.',
    sentences: [
      '« Nous créerons 1 500 emplois », a déclaré M. Dupont.',
      'La production débutera en 2027.',
    ],
  },
  {
    name: 'Hungarian dated ordinal',
    lang: 'hu',
    text: 'Budapest, 2026. március 12. – A Dunai Zrt. gyárat épít. A cég tervezi a bővítést.',
    sentences: [
      'Budapest, 2026. március 12. – A Dunai Zrt. gyárat épít.',
      'A cég tervezi a bővítést.',
    ],
  },
  {
    name: 'Japanese full stop',
    lang: 'ja',
    text: '当社は工場を建設する計画です。2027年度末の稼働を目指します。',
    sentences: ['当社は工場を建設する計画です。', '2027年度末の稼働を目指します。'],
  },
];
