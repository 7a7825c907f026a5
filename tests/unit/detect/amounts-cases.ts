/** Amount cases: a sentence, its language and the figures it states, in order. */
export interface AmountCase {
  name: string;
  lang: string;
  text: string;
  amounts: { value: number; unit: string }[];
}

export const amountCases: AmountCase[] = [
  {
    name: 'German billions with decimal comma',
    lang: 'de',
    text: 'rund 7,3 Milliarden Euro',
    amounts: [{ value: 7.3e9, unit: 'EUR' }],
  },
  {
    name: 'German grouped thousands',
    lang: 'de',
    text: 'bis zu 4.850.000 Euro und 120.000 Tonnen',
    amounts: [
      { value: 4_850_000, unit: 'EUR' },
      { value: 120_000, unit: 't' },
    ],
  },
  {
    name: 'German Mrd. and percent',
    lang: 'de',
    text: '1,1 Mrd. Euro und 45 Prozent',
    amounts: [
      { value: 1.1e9, unit: 'EUR' },
      { value: 45, unit: '%' },
    ],
  },
  {
    name: 'English currency prefix',
    lang: 'en',
    text: 'invest US$1.1 billion and CAD 600 million',
    amounts: [
      { value: 1.1e9, unit: 'USD' },
      { value: 6e8, unit: 'CAD' },
    ],
  },
  {
    name: 'English capacity and percent',
    lang: 'en',
    text: '40 GWh of capacity, 40% lower, 450 MW',
    amounts: [
      { value: 40, unit: 'GWh' },
      { value: 40, unit: '%' },
      { value: 450, unit: 'MW' },
    ],
  },
  {
    name: 'English count with adjective',
    lang: 'en',
    text: 'replace 1,500 diesel trucks',
    amounts: [{ value: 1500, unit: 'trucks' }],
  },
  {
    name: 'Chinese yi yuan',
    lang: 'zh',
    text: '项目总投资预计120亿元，规划建设年产40GWh',
    amounts: [
      { value: 1.2e10, unit: 'CNY' },
      { value: 40, unit: 'GWh' },
    ],
  },
  {
    name: 'Chinese wan units',
    lang: 'zh',
    text: '工业机器人1.5万台',
    amounts: [{ value: 15_000, unit: 'units' }],
  },
  {
    name: 'French milliard d’euros',
    lang: 'fr',
    text: "investira 1,2 milliard d'euros et créera 1 500 emplois",
    amounts: [
      { value: 1.2e9, unit: 'EUR' },
      { value: 1500, unit: 'jobs' },
    ],
  },
  {
    name: 'Spanish millones de euros',
    lang: 'es',
    text: 'invertirá 800 millones de euros',
    amounts: [{ value: 8e8, unit: 'EUR' }],
  },
  {
    name: 'Japanese oku yen',
    lang: 'ja',
    text: '総投資額は約500億円',
    amounts: [{ value: 5e10, unit: 'JPY' }],
  },
  {
    name: 'Hungarian milliárd forint',
    lang: 'hu',
    text: '120 milliárd forintos beruházás, 40 százalékkal',
    amounts: [
      { value: 1.2e11, unit: 'HUF' },
      { value: 40, unit: '%' },
    ],
  },
  { name: 'years are not amounts', lang: 'en', text: 'by 2030 and in Q3 2026', amounts: [] },
];
