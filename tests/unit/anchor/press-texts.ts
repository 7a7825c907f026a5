/**
 * Press releases as first published, already in Pressmark's normalised
 * "article text" form (NFC, collapsed whitespace, blocks joined by "\n\n").
 * The cases in `match-quote-cases.ts` edit these the way newsrooms do.
 */

/** Paragraphs of an English release, with a bullet list and a repeated sentence. */
export const englishParagraphs: readonly string[] = [
  'Northwind Energy to build €2.4 billion battery plant in Leipzig',
  'LEIPZIG, 14 March 2024 – Northwind Energy AG today announced plans to build a battery cell plant in Leipzig, Germany. The company will invest €2.4 billion in the site over the next five years.',
  'Construction is scheduled to begin in the third quarter of 2024. The plant is expected to start production in 2026 and to reach its full annual capacity of 20 GWh in 2028.',
  '“Leipzig gives us the skilled workforce and the grid connection we need,” said Maria Keller, Chief Executive Officer of Northwind Energy. “This plant is the backbone of our European strategy.”',
  'The project includes the following commitments:',
  '• Northwind will create 1,500 permanent jobs at the site by 2028.',
  '• Northwind will source 80 percent of its electricity from renewable sources by 2027.',
  '• Northwind will recycle 95 percent of production scrap on site.',
  'The company expects the plant to supply cells for around 300,000 electric vehicles per year. Final approval by the supervisory board is expected in April.',
  'Northwind will publish further details at its capital markets day. Northwind will publish further details at its capital markets day in June, together with its half-year results.',
  'The state of Saxony has offered support of up to €300 million, subject to approval by the European Commission. Negotiations with the federal government are ongoing.',
  'About Northwind Energy: Northwind Energy AG develops and manufactures lithium-ion battery cells for automotive and stationary storage. The company employs 4,200 people in six countries.',
  'Press contact: Jonas Weber, +49 341 555 0100, press@northwind.example',
];

/** The English release as published. */
export const english = englishParagraphs.join('\n\n');

/** A German release (umlauts, ß, German number formats). */
export const german = [
  'Südstrom GmbH investiert 750 Millionen Euro in Wasserstoffwerk',
  'MÜNCHEN, 3. Juni 2024 – Die Südstrom GmbH wird bis Ende 2027 ein Elektrolysewerk mit einer Leistung von 300 Megawatt in Straubing errichten. Das Unternehmen investiert dafür rund 750 Millionen Euro.',
  'Der Bau soll im Frühjahr 2025 beginnen. Südstrom rechnet damit, dass das Werk jährlich bis zu 45.000 Tonnen grünen Wasserstoff erzeugt.',
  '„Wir schaffen in Niederbayern 400 neue Arbeitsplätze“, sagte Geschäftsführerin Sabine Großmann. Die Förderung durch den Freistaat Bayern beträgt 120 Millionen Euro.',
  'Über Südstrom: Die Südstrom GmbH ist ein Energieversorger mit Sitz in München und beschäftigt 2.100 Mitarbeiterinnen und Mitarbeiter.',
].join('\n\n');

/** A Chinese release: no spaces between words, so context is counted in characters. */
export const chinese = [
  '华光新能源宣布在合肥投资建设储能电池工厂',
  '合肥，2024年5月20日——华光新能源股份有限公司今天宣布，公司将投资120亿元在合肥建设储能电池生产基地。项目预计于2025年开工建设，2027年全面投产。',
  '该基地建成后年产能将达到30吉瓦时，预计创造3000个就业岗位。公司董事长王建国表示，合肥拥有完善的产业链和优秀的人才储备。',
  '公司计划到2030年实现生产环节100%使用可再生能源。本项目尚需获得相关政府部门的审批。',
  '关于华光新能源：华光新能源股份有限公司成立于2010年，总部位于上海，主要从事锂离子电池的研发和制造。',
].join('\n\n');
