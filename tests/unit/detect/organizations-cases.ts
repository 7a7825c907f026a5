/** Organization cases: a text, its language, the mentions expected and those that must not appear. */
export interface OrganizationCase {
  name: string;
  lang: string;
  text: string;
  /** Every mention, in order, as written. */
  mentions?: string[];
  /** Mentions that must be among the findings, with their entity when given. */
  includes?: { exact: string; entity?: string }[];
  /** Strings that must not be found as a mention. */
  excludes?: string[];
}

export const organizationCases: OrganizationCase[] = [
  {
    name: 'legal form with a defined acronym and later short mentions',
    lang: 'de',
    text: 'Am 22. Juni unterzeichnete Contemporary Amperex Technology Co., Limited (CATL) ein Abkommen. Laut CATL wird CATL’s Werk wachsen.',
    mentions: ['Contemporary Amperex Technology Co., Limited', 'CATL', 'CATL', 'CATL'],
    includes: [{ exact: 'CATL', entity: 'Contemporary Amperex Technology Co., Limited' }],
  },
  {
    name: 'German government bodies by head noun',
    lang: 'de',
    text: 'Das Bundesministerium für Wirtschaft und Klimaschutz (BMWK) und das Land Nordrhein-Westfalen fördern das Vorhaben der Vossberg Chemie SE.',
    mentions: [
      'Bundesministerium für Wirtschaft und Klimaschutz',
      'BMWK',
      'Land Nordrhein-Westfalen',
      'Vossberg Chemie SE',
    ],
  },
  {
    name: 'place after a locative is no government',
    lang: 'de',
    text: 'Die Entwicklung von Acme in der Provinz Henan ist gut. Die Provinzregierung von Henan hilft.',
    mentions: ['Provinzregierung von Henan'],
  },
  {
    name: 'derived short name, group compound, but not a person',
    lang: 'de',
    text: 'Die Hollmann Antriebstechnik GmbH & Co. KG baut. Hollmann investiert. Matthias Hollmann leitet die Hollmann-Gruppe.',
    mentions: ['Hollmann Antriebstechnik GmbH & Co. KG', 'Hollmann', 'Hollmann-Gruppe'],
  },
  {
    name: 'quoted aliases, ticker exchange and generic reference',
    lang: 'en',
    text: 'Helix Materials Inc. (NYSE: HLXM) ("Helix" or "the Company") will invest. The Company said Helix\'s plant opens.',
    mentions: ['Helix Materials Inc.', 'NYSE', 'Helix', 'Helix'],
  },
  {
    name: 'English head nouns and possessives',
    lang: 'en',
    text: "Support came from the U.S. Department of Energy's Loan Programs Office and Queen’s University, and the Bank of England’s scenarios.",
    mentions: [
      'U.S. Department of Energy',
      'Loan Programs Office',
      'Queen’s University',
      'Bank of England',
    ],
  },
  {
    name: 'acronym defines an unknown capitalised phrase',
    lang: 'en',
    text: 'The project is supported by Louisiana Economic Development (LED) and the Science Based Targets initiative (SBTi).',
    mentions: ['Louisiana Economic Development', 'LED', 'Science Based Targets initiative', 'SBTi'],
  },
  {
    name: 'coordination with a known organization',
    lang: 'en',
    text: 'Quantara has mandated BNP Paribas, Deutsche Bank AG and UniCredit Bank GmbH. It works with Hydro One and the Independent Electricity System Operator (IESO).',
    includes: [
      { exact: 'Deutsche Bank AG' },
      { exact: 'UniCredit Bank GmbH' },
      { exact: 'Hydro One' },
      { exact: 'IESO' },
    ],
  },
  {
    name: 'board, titles, laws and treaties are no organizations',
    lang: 'en',
    text: 'The Board of Directors of Quantara S.A. approved it under the Inflation Reduction Act and the Paris Agreement, said the Chief Executive Officer.',
    mentions: ['Quantara S.A.'],
    excludes: ['Board of Directors', 'Inflation Reduction Act', 'Paris Agreement'],
  },
  {
    name: 'ministry and company joined by and stay apart',
    lang: 'en',
    text: 'The facility is developed with the Hessian Ministry of Economics and Fraport AG.',
    mentions: ['Hessian Ministry of Economics', 'Fraport AG'],
  },
  {
    name: 'Chinese suffixes and defined short name',
    lang: 'zh',
    text: '宁德时代新能源科技股份有限公司（以下简称“宁德时代”）与洛阳市人民政府签署协议。宁德时代是全球领先的新能源创新科技公司。',
    mentions: ['宁德时代新能源科技股份有限公司', '宁德时代', '洛阳市人民政府', '宁德时代'],
  },
  {
    name: 'Chinese development and reform commission keeps its 和',
    lang: 'zh',
    text: '洛阳市发展和改革委员会、偃师区人民政府有关负责人参加签约仪式。',
    mentions: ['洛阳市发展和改革委员会', '偃师区人民政府'],
  },
  {
    name: 'French head-first names with elision and adjectives',
    lang: 'fr',
    text: "Le Ministère de l'Économie et des Finances et la Commission européenne soutiennent Valmorel SA.",
    mentions: ["Ministère de l'Économie et des Finances", 'Commission européenne', 'Valmorel SA'],
  },
  {
    name: 'Spanish conjunction separates two bodies',
    lang: 'es',
    text: 'El Ministerio para la Transición Ecológica y la Junta de Andalucía apoyarán a Ibérica Renovables S.A.',
    mentions: [
      'Ministerio para la Transición Ecológica',
      'Junta de Andalucía',
      'Ibérica Renovables S.A.',
    ],
  },
  {
    name: 'Japanese legal prefix and alias',
    lang: 'ja',
    text: '株式会社サクラエナジー（以下「サクラ」）は、経済産業省の補助金を活用します。サクラは工場を建設します。',
    mentions: ['株式会社サクラエナジー', 'サクラ', '経済産業省', 'サクラ'],
  },
  {
    name: 'Hungarian legal form and ministry',
    lang: 'hu',
    text: 'A Dunai Akkumulátor Zrt. és a Külgazdasági és Külügyminisztérium megállapodott. A Dunai Akkumulátor bővít.',
    mentions: ['Dunai Akkumulátor Zrt.', 'Külgazdasági és Külügyminisztérium', 'Dunai Akkumulátor'],
  },
];
