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
  {
    name: 'Italian legal forms and head-first public bodies',
    lang: 'it',
    text: 'Fonderie Serio S.p.A. e la controllata Serio Idrogeno S.r.l. collaborano con la Regione Lombardia, il Comune di Bergamo e il Politecnico di Milano.',
    mentions: [
      'Fonderie Serio S.p.A.',
      'Serio Idrogeno S.r.l.',
      'Regione Lombardia',
      'Comune di Bergamo',
      'Politecnico di Milano',
    ],
  },
  {
    name: 'Hungarian case endings stay outside the name',
    lang: 'hu',
    text: 'A Tisza Recycling Zrt. (BÉT: TISZA) a Szegedi Egyetemmel és a Pénzügyi Minisztériumban egyeztetett, a BÉT-en tájékoztatást tett közzé. Szeged Megyei Jogú Város Önkormányzata támogatja.',
    includes: [
      { exact: 'Szegedi Egyetem' },
      { exact: 'Pénzügyi Minisztérium' },
      { exact: 'BÉT' },
      { exact: 'Szeged Megyei Jogú Város Önkormányzata' },
    ],
    excludes: ['Szegedi Egyetemmel', 'Pénzügyi Minisztériumban', 'BÉT-en'],
  },
  {
    name: 'a quoted speaker after a speech verb or an honorific is a person',
    lang: 'hu',
    text: '„Bővítünk” – mondta Kiss Anna, a Tisza Recycling Zrt. vezérigazgatója. „Örülünk” – fogalmazott Dr. Nagy Béla, a Pénzügyminisztérium államtitkára.',
    excludes: ['Kiss Anna', 'Nagy Béla'],
  },
  {
    name: 'a short name defined for a project is no short name of a company',
    lang: 'en',
    text: 'Wattle Metals Limited (Wattle or the Company) approved the Yarra Copper Project (Yarra or the Project). The mine will be run by Yarra Operations Pty Ltd. Yarra will produce copper.',
    includes: [{ exact: 'Wattle', entity: 'Wattle Metals Limited' }],
    excludes: ['Yarra'],
  },
  {
    name: 'a word that ends another company’s name is no short name',
    lang: 'es',
    text: 'Energías del Turia, S.A. y su filial Turia Almacenamiento, S.L.U. operan en la comarca del Turia.',
    mentions: ['Energías del Turia, S.A.', 'Turia Almacenamiento, S.L.U.'],
  },
  {
    name: 'abbreviated German university heads and acronyms in compounds',
    lang: 'de',
    text: 'Die Stadtwerke Auental GmbH (SWA) und die FH Oberösterreich kooperieren, sagte SWA-Geschäftsführer Jan Roth.',
    mentions: ['Stadtwerke Auental GmbH', 'SWA', 'FH Oberösterreich', 'SWA'],
  },
  {
    name: 'Japanese suffix inside a longer noun is no name end',
    lang: 'ja',
    text: '新工場は富山新港臨海工業団地に建設します。国立研究開発法人新エネルギー・産業技術総合開発機構の事業です。',
    mentions: ['国立研究開発法人新エネルギー・産業技術総合開発機構'],
  },
  {
    name: 'Chinese bracketed place in a company name; 本集团 is generic',
    lang: 'zh',
    text: '粤川新材料（佛山）有限公司与香港联合交易所有限公司。该项目将使本集团受益，并于香港交易所上市。',
    includes: [{ exact: '粤川新材料（佛山）有限公司' }, { exact: '香港联合交易所有限公司' }],
    excludes: ['使本集团', '于香港交易所'],
  },
  {
    name: 'a head that opens a name takes no phrase joined by "y" before it; "de la" continues it',
    lang: 'es',
    text: 'Habló la directora general de Energía y Minas del Gobierno de Aragón. El Instituto para la Diversificación y Ahorro de la Energía (IDAE) colabora.',
    includes: [
      { exact: 'Gobierno de Aragón' },
      { exact: 'Instituto para la Diversificación y Ahorro de la Energía' },
      { exact: 'IDAE' },
    ],
    excludes: ['Energía y Minas del Gobierno de Aragón'],
  },
  {
    name: 'acronyms of plans and programmes are no organizations',
    lang: 'es',
    text: 'El Gobierno de Aragón declaró el proyecto Plan de Interés General de Aragón (PIGA).',
    excludes: ['Plan de Interés General de Aragón', 'PIGA'],
  },
  {
    name: 'an acronym followed by "programme" names a programme',
    lang: 'en',
    text: 'The award came under the Strategic Interventions for Green Hydrogen Transition (SIGHT) programme of the Ministry of New and Renewable Energy (MNRE).',
    mentions: ['Ministry of New and Renewable Energy', 'MNRE'],
  },
  {
    name: 'several listings in one bracket, and a full-width bracket acronym',
    lang: 'en',
    text: 'Sahyadri Industries Ltd. (BSE: 500912 | NSE: SAHYADRI) will invest.',
    includes: [{ exact: 'BSE' }, { exact: 'NSE' }],
  },
  {
    name: 'Japanese full-width bracket acronym',
    lang: 'ja',
    text: '国立研究開発法人新エネルギー・産業技術総合開発機構（NEDO）の事業です。NEDOは支援します。',
    mentions: ['国立研究開発法人新エネルギー・産業技術総合開発機構', 'NEDO', 'NEDO'],
  },

  {
    name: 'Quebec writes legal forms in lower case',
    lang: 'fr',
    text: 'Bois Laurentides inc. annonce une usine. En 2025, Bois Laurentides a acquis Structures Boréales ltée, un fabricant.',
    mentions: ['Bois Laurentides inc.', 'Bois Laurentides', 'Structures Boréales ltée'],
  },
  {
    name: 'Mexican legal forms and the bank designation',
    lang: 'es',
    text: 'Aceros Forjados del Bajío, S.A.B. de C.V. firmó un crédito con Banco Regiomontano, S.A., Institución de Banca Múltiple.',
    mentions: [
      'Aceros Forjados del Bajío, S.A.B. de C.V.',
      'Banco Regiomontano, S.A., Institución de Banca Múltiple',
    ],
  },
  {
    name: 'a bracketed contraction of the name is its short name, a place is not',
    lang: 'es',
    text: 'El Banco Nacional de Comercio Exterior, S.N.C. (Bancomext) participa. Bancomext firmará.',
    mentions: ['Banco Nacional de Comercio Exterior, S.N.C.', 'Bancomext', 'Bancomext'],
  },
  {
    name: 'a bracketed word from one word of the name is no contraction',
    lang: 'de',
    text: 'Die Hamburger Hafen AG (Hamburg) baut ein Terminal.',
    mentions: ['Hamburger Hafen AG'],
  },
  {
    name: 'French lower-case ministry and government with a listed complement',
    lang: 'fr',
    text: "Le gouvernement du Québec accordera un prêt, et le ministère de l'Économie, de l'Innovation et de l'Énergie (MEIE) une subvention.",
    mentions: [
      'gouvernement du Québec',
      "ministère de l'Économie, de l'Innovation et de l'Énergie",
      'MEIE',
    ],
  },
  {
    name: 'an elided head and an acronym with accented letters',
    lang: 'fr',
    text: "Bois Laurentides inc. et l'Université du Québec à Chicoutimi (UQAC) créeront une chaire.",
    mentions: ['Bois Laurentides inc.', 'Université du Québec à Chicoutimi', 'UQAC'],
  },
  {
    name: 'capitalised adjectives between a head and its complement',
    lang: 'es',
    text: 'AFB firmó un convenio con la Universidad Tecnológica de Coahuila y cotiza en la Bolsa Mexicana de Valores.',
    includes: [
      { exact: 'Universidad Tecnológica de Coahuila' },
      { exact: 'Bolsa Mexicana de Valores' },
    ],
  },
  {
    name: 'sentence-case names led by a head before an acronym',
    lang: 'fr',
    text: 'Le plan a été présenté à l’Autorité de contrôle prudentiel et de résolution (ACPR). L’Agence de la transition écologique (ADEME) a attribué une aide.',
    mentions: [
      'Autorité de contrôle prudentiel et de résolution',
      'ACPR',
      'Agence de la transition écologique',
      'ADEME',
    ],
  },
  {
    name: 'a possessive after "in" is an owner, not a place',
    lang: 'en',
    text: 'Tessellate Therapeutics, Inc. announced a deal. Tessellate will lead discovery. Results may differ due to risks described in Tessellate’s filings.',
    mentions: ['Tessellate Therapeutics, Inc.', 'Tessellate', 'Tessellate'],
  },
  {
    name: 'issuer short name in a Chinese disclosure header, generic 公司 defined for it',
    lang: 'zh',
    text: '证券代码：301387　证券简称：康泓医疗\n\n深圳市康泓医疗科技股份有限公司（以下简称“公司”）控股子公司拟投资。公司将以自有资金增资。',
    includes: [{ exact: '康泓医疗', entity: '深圳市康泓医疗科技股份有限公司' }],
    excludes: ['公司'],
  },
  {
    name: 'Chinese departments and bureaus only after a level of government',
    lang: 'zh',
    text: '省农业农村厅、省林业局将给予支持，重点布局油茶产业。',
    mentions: ['省农业农村厅', '省林业局'],
  },
  {
    name: 'Chinese limited partnership',
    lang: 'zh',
    text: '惠州市仲恺新兴产业投资合伙企业（有限合伙）将按持股比例同步增资。',
    mentions: ['惠州市仲恺新兴产业投资合伙企业（有限合伙）'],
  },
  {
    name: 'Japanese name without its corporate form, a hospital and its operator',
    lang: 'ja',
    text: '国立大学法人信濃工業大学は講座を設置します。信濃工業大学は、社会医療法人梓川会 梓川総合病院の協力を得ます。',
    includes: [
      { exact: '信濃工業大学', entity: '国立大学法人信濃工業大学' },
      { exact: '社会医療法人梓川会' },
      { exact: '梓川総合病院' },
    ],
  },
  {
    name: 'Japanese company name with Latin capitals',
    lang: 'ja',
    text: '白鷺大洋SAFサプライ合同会社は、供給体制を構築します。',
    mentions: ['白鷺大洋SAFサプライ合同会社'],
  },
  {
    name: 'an acronym closing a name is its short name',
    lang: 'de',
    text: 'Koordiniert wird der Verbund vom Lichtenberg-Institut für Faserverbund- und Recyclingtechnik LIFR in Stade. Bis Ende 2027 wird das LIFR eine Anlage errichten.',
    includes: [
      {
        exact: 'LIFR',
        entity: 'Lichtenberg-Institut für Faserverbund- und Recyclingtechnik LIFR',
      },
    ],
  },
  {
    name: 'Hungarian assembly head and a bracketed acronym with its legal form',
    lang: 'hu',
    text: 'Hat hajót szerez be a Fővárosi Vízi Közlekedési Zrt. (FVK Zrt.). A Fővárosi Közgyűlés jóváhagyta a programot.',
    includes: [
      { exact: 'FVK Zrt.', entity: 'Fővárosi Vízi Közlekedési Zrt.' },
      { exact: 'Fővárosi Közgyűlés' },
    ],
    excludes: ['Fővárosi'],
  },
];
