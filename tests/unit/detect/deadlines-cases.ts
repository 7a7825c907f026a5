/** Deadline cases: a clause, its language and the normalised deadline (undefined for none). */
export interface DeadlineCase {
  name: string;
  lang: string;
  text: string;
  deadline: string | undefined;
}

export const deadlineCases: DeadlineCase[] = [
  {
    name: 'bis Ende 2026',
    lang: 'de',
    text: 'Die Anlage soll bis Ende 2026 produzieren.',
    deadline: '2026-12-31',
  },
  {
    name: 'im ersten Halbjahr',
    lang: 'de',
    text: 'soll im ersten Halbjahr 2026 anlaufen',
    deadline: '2026-H1',
  },
  {
    name: 'German month',
    lang: 'de',
    text: 'ist für Oktober 2024 vorgesehen',
    deadline: '2024-10',
  },
  {
    name: 'German baseline is skipped',
    lang: 'de',
    text: 'bis 2030 gegenüber 2019 um 45 Prozent senken',
    deadline: '2030',
  },
  { name: 'Q3 2026', lang: 'en', text: 'construction to begin in Q3 2026;', deadline: '2026-Q3' },
  {
    name: 'third quarter of',
    lang: 'en',
    text: 'break ground in the third quarter of 2026',
    deadline: '2026-Q3',
  },
  {
    name: 'second half of',
    lang: 'en',
    text: 'shipments in the second half of 2028',
    deadline: '2028-H2',
  },
  { name: 'by the end of', lang: 'en', text: 'by the end of 2028', deadline: '2028-12-31' },
  {
    name: 'by year',
    lang: 'en',
    text: 'reduce emissions by 40% by 2030, compared with a 2021 baseline',
    deadline: '2030',
  },
  {
    name: 'between years',
    lang: 'en',
    text: 'invest EUR 7.3 billion between 2026 and 2030',
    deadline: '2030',
  },
  {
    name: 'English day',
    lang: 'en',
    text: 'conclude by 30 September 2026',
    deadline: '2026-09-30',
  },
  { name: 'Chinese year', lang: 'zh', text: '力争到2030年实现碳中和', deadline: '2030' },
  {
    name: 'Chinese month',
    lang: 'zh',
    text: '项目一期计划于2024年6月建成投产',
    deadline: '2024-06',
  },
  {
    name: 'Chinese year end',
    lang: 'zh',
    text: '二期工程力争到2026年底全面达产',
    deadline: '2026-12-31',
  },
  {
    name: 'Chinese completion beats start',
    lang: 'zh',
    text: '一期项目预计2025年第三季度开工，2027年建成投产',
    deadline: '2027',
  },
  {
    name: 'French trimestre',
    lang: 'fr',
    text: 'démarrer au deuxième trimestre 2027',
    deadline: '2027-Q2',
  },
  {
    name: 'Spanish finales',
    lang: 'es',
    text: 'alcanzar 500 MW a finales de 2028',
    deadline: '2028-12-31',
  },
  {
    name: 'Japanese fiscal year end',
    lang: 'ja',
    text: '2027年度末の稼働を目指します',
    deadline: '2027-12-31',
  },
  {
    name: 'Hungarian half year',
    lang: 'hu',
    text: '2028 első félévében megkezdi',
    deadline: '2028-H1',
  },
  { name: 'Hungarian -ig', lang: 'hu', text: '2030-ig 40 százalékkal csökkenti', deadline: '2030' },
  { name: 'no date', lang: 'en', text: 'over the next five years', deadline: undefined },
  { name: 'fiscal year label', lang: 'en', text: 'to be reached in FY29', deadline: '2029' },
  { name: 'split fiscal year', lang: 'en', text: 'to 2 GW by FY2029-30', deadline: '2030' },
  {
    name: 'a period over two fiscal years ends with the second',
    lang: 'en',
    text: 'an equity infusion over FY2026-27 and FY2027-28',
    deadline: '2028',
  },
  {
    name: 'a date in a relative clause is background',
    lang: 'en',
    text: 'Construction of the line, which the operator approved in December 2024, is scheduled to begin in the second quarter of 2027.',
    deadline: '2027-Q2',
  },
  { name: 'before a year', lang: 'en', text: 'to start work before 2027', deadline: '2026-12-31' },
  {
    name: 'Geschäftsjahr 2026/27 ends in 2027',
    lang: 'de',
    text: 'soll im Geschäftsjahr 2026/27 erste Chargen liefern',
    deadline: '2027',
  },
  {
    name: 'from a split period: its start',
    lang: 'de',
    text: 'Ab der Heizperiode 2027/28 soll die Anlage liefern',
    deadline: '2027',
  },
  {
    name: 'a year and a month are no split year',
    lang: 'en',
    text: 'effective 2026-03 onwards',
    deadline: '2026',
  },
  {
    name: 'antes de',
    lang: 'es',
    text: 'prevé iniciar las obras antes de 2027',
    deadline: '2026-12-31',
  },
  { name: 'entro il', lang: 'it', text: 'entrerà in funzione entro il 2027', deadline: '2027' },
  {
    name: 'prima del',
    lang: 'it',
    text: 'avvierà i lavori prima del 2028',
    deadline: '2027-12-31',
  },
  {
    name: 'Italian half year',
    lang: 'it',
    text: 'realizzerà entro il primo semestre 2027',
    deadline: '2027-H1',
  },
  { name: 'd’ici', lang: 'fr', text: 'prévoit d’investir 210 M€ d’ici 2028', deadline: '2028' },
  {
    name: 'Japanese fiscal year',
    lang: 'ja',
    text: '2027年度中の稼働開始を目指します',
    deadline: '2027',
  },
  { name: 'Chinese before a year', lang: 'zh', text: '于2029年前启动', deadline: '2028-12-31' },

  {
    name: 'Chinese five-year plan period',
    lang: 'zh',
    text: '将在“十五五”期间累计投资',
    deadline: '2030',
  },
  { name: 'fourteenth five-year plan', lang: 'zh', text: '十四五时期建成', deadline: '2025' },
  {
    name: 'English years joined by and',
    lang: 'en',
    text: 'on delivery in 2027 and 2028',
    deadline: '2028',
  },
  {
    name: 'German years joined by bis',
    lang: 'de',
    text: 'in den Jahren 2026 bis 2028',
    deadline: '2028',
  },
  {
    name: 'Spanish desde with a perfect is a baseline',
    lang: 'es',
    text: 'desde 2019 ha reducido',
    deadline: undefined,
  },
  {
    name: 'Hungarian decade end with a dated text',
    lang: 'hu',
    text: '2026-ban kezdődik, az évtized végéig befejezi',
    deadline: '2026',
  },

  {
    name: 'a plan period does not outrank a stated date as the completion',
    lang: 'zh',
    text: '一期项目力争到2028年底实现并网发电，二期项目计划在“十五五”期间建成投产',
    deadline: '2028-12-31',
  },
];
